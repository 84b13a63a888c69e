// The VM's view of the bytecode. One UInt32 per instruction: opcode in the low 8 bits, argument
// in the high 24 bits. Semantics are CPython 3.10's with BINARY_OP (3.11 NB_* argument),
// single-value exceptions on the stack and a block stack, and a backward jump distinct from
// JUMP_ABSOLUTE (the only instruction, with FOR_ITER's loop back edge, that checks the eval breaker).
// PROVISIONAL: mirrors docs/BYTECODE.md once it lands; keep every encoding detail in this file.
import CPython

enum VMOp: UInt8 {
    case NOP = 0, POP_TOP, ROT_TWO, ROT_THREE, ROT_FOUR, DUP_TOP, DUP_TOP_TWO, ROT_N
    case UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT
    case BINARY_OP, BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR
    case COMPARE_OP, IS_OP, CONTAINS_OP
    case GET_ITER, GET_YIELD_FROM_ITER, FOR_ITER
    case LOAD_CONST, LOAD_FAST, STORE_FAST, DELETE_FAST
    case LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL
    case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF
    case LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, CALL_METHOD
    case CALL_FUNCTION, CALL_FUNCTION_KW, CALL_FUNCTION_EX, MAKE_FUNCTION, RETURN_VALUE
    case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP, BUILD_CONST_KEY_MAP, BUILD_STRING, BUILD_SLICE
    case LIST_APPEND, SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, LIST_TO_TUPLE
    case UNPACK_SEQUENCE, UNPACK_EX
    case JUMP_FORWARD, JUMP_ABSOLUTE, JUMP_BACKWARD
    case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, JUMP_IF_NOT_EXC_MATCH
    case SETUP_FINALLY, POP_BLOCK, POP_EXCEPT, RERAISE, SETUP_WITH, WITH_EXCEPT_START
    case RAISE_VARARGS, LOAD_ASSERTION_ERROR
    case YIELD_VALUE, YIELD_FROM, GEN_START
    case IMPORT_NAME, IMPORT_FROM, IMPORT_STAR, LOAD_BUILD_CLASS, SETUP_ANNOTATIONS, PRINT_EXPR, FORMAT_VALUE
    case GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS, COPY_DICT_WITHOUT_KEYS
    case EXTENDED_ARG
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

/// Whether the generator start pushes the first sent value for GEN_START to pop (CPython 3.10).
let vmGenStartPopsValue = true
