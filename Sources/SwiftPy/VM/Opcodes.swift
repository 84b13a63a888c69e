// The VM's view of the bytecode (the compiler's Sources/SwiftPyFrontend/Bytecode/Opcode.swift,
// mirrored case for case so the raw values agree). One UInt32 per instruction: opcode in the low
// 8 bits, argument in the high 24 bits; jump arguments are absolute instruction indices.
// Semantics are CPython 3.10's with BINARY_OP (3.11 NB_* argument), single-value exceptions on
// the stack and a block stack, and JUMP_BACKWARD as the only backward jump (eval-breaker check).
import CPython

enum VMOp: UInt8 {
    case NOP = 0
    case POP_TOP
    case ROT_TWO
    case ROT_THREE
    case ROT_FOUR
    case DUP_TOP
    case DUP_TOP_TWO
    case UNARY_POSITIVE
    case UNARY_NEGATIVE
    case UNARY_NOT
    case UNARY_INVERT
    case BINARY_OP
    case BINARY_SUBSCR
    case STORE_SUBSCR
    case DELETE_SUBSCR
    case COMPARE_OP
    case IS_OP
    case CONTAINS_OP
    case LOAD_CONST
    case LOAD_NAME
    case STORE_NAME
    case DELETE_NAME
    case LOAD_GLOBAL
    case STORE_GLOBAL
    case DELETE_GLOBAL
    case LOAD_FAST
    case STORE_FAST
    case DELETE_FAST
    case LOAD_CLOSURE
    case LOAD_DEREF
    case STORE_DEREF
    case DELETE_DEREF
    case LOAD_CLASSDEREF
    case LOAD_ATTR
    case STORE_ATTR
    case DELETE_ATTR
    case LOAD_METHOD
    case BUILD_TUPLE
    case BUILD_LIST
    case BUILD_SET
    case BUILD_MAP
    case BUILD_CONST_KEY_MAP
    case BUILD_STRING
    case BUILD_SLICE
    case LIST_APPEND
    case SET_ADD
    case MAP_ADD
    case LIST_EXTEND
    case SET_UPDATE
    case DICT_UPDATE
    case DICT_MERGE
    case LIST_TO_TUPLE
    case UNPACK_SEQUENCE
    case UNPACK_EX
    case FORMAT_VALUE
    case JUMP_FORWARD
    case JUMP_BACKWARD
    case POP_JUMP_IF_FALSE
    case POP_JUMP_IF_TRUE
    case JUMP_IF_FALSE_OR_POP
    case JUMP_IF_TRUE_OR_POP
    case GET_ITER
    case FOR_ITER
    case RETURN_VALUE
    case CALL_FUNCTION
    case CALL_FUNCTION_KW
    case CALL_FUNCTION_EX
    case CALL_METHOD
    case CALL_METHOD_KW
    case MAKE_FUNCTION
    case LOAD_BUILD_CLASS
    case SETUP_FINALLY
    case SETUP_WITH
    case POP_BLOCK
    case POP_EXCEPT
    case RERAISE
    case WITH_EXCEPT_START
    case JUMP_IF_NOT_EXC_MATCH
    case RAISE_VARARGS
    case LOAD_ASSERTION_ERROR
    case YIELD_VALUE
    case YIELD_FROM
    case GET_YIELD_FROM_ITER
    case IMPORT_NAME
    case IMPORT_FROM
    case IMPORT_STAR
    case SETUP_ANNOTATIONS
    case PRINT_EXPR
}

@inline(__always) func vmOpcode(_ w: UInt32) -> VMOp { VMOp(rawValue: UInt8(truncatingIfNeeded: w)).unsafelyUnwrapped }
@inline(__always) func vmOparg(_ w: UInt32) -> Int { Int(w >> 8) }

/// Block types on the frame's block stack.
let BLOCK_SETUP_FINALLY: Int32 = 1
let BLOCK_EXCEPT_HANDLER: Int32 = 2

/// BINARY_OP arguments (CPython 3.11's NB_* numbering).
enum BinOp {
    static let add = 0, and = 1, floorDivide = 2, lshift = 3, matrixMultiply = 4, multiply = 5, remainder = 6
    static let or = 7, power = 8, rshift = 9, subtract = 10, trueDivide = 11, xor = 12
    static let inplaceAdd = 13, inplaceSubtract = 23
}

/// Whether a generator's first resume pushes the sent value for a GEN_START to pop (CPython 3.10 does; we have no GEN_START).
let vmGenStartPopsValue = false
