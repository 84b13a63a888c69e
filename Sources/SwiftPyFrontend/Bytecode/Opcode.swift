// SwiftPy's instruction set. The contract between the compiler and the VM; docs/BYTECODE.md
// gives every opcode's exact stack effect and the VM's block-stack and unwinding rules.
//
// Encoding: one instruction is one `UInt32`: opcode in the low 8 bits, argument in the high 24
// bits (0 when unused). No EXTENDED_ARG. Jump arguments are absolute instruction indices.
// Invariant: a jump whose target is <= its own index is always JUMP_BACKWARD (the only place,
// besides calls and function entry, where the VM checks its eval breaker); every other jump
// (conditional jumps, FOR_ITER, SETUP_*, JUMP_IF_NOT_EXC_MATCH, JUMP_FORWARD) goes forward.

public typealias Instruction = UInt32

/// Largest argument an instruction can carry (24 bits).
public let maxInstructionArgument: Int = (1 << 24) - 1

@inline(__always) public func makeInstruction(_ op: Opcode, _ arg: Int = 0) -> Instruction {
    precondition(arg >= 0 && arg <= maxInstructionArgument, "instruction argument out of range")
    return Instruction(op.rawValue) | (Instruction(arg) << 8)
}

@inline(__always) public func opcodeByte(_ i: Instruction) -> UInt8 { UInt8(truncatingIfNeeded: i) }
@inline(__always) public func instructionArgument(_ i: Instruction) -> Int { Int(i >> 8) }

/// Opcodes. Names, arguments and stack semantics are CPython 3.10's unless docs/BYTECODE.md says
/// otherwise (BINARY_OP is 3.11's; exceptions are one value instead of three; MAKE_FUNCTION takes
/// the qualified name from the code unit as 3.11 does; JUMP_BACKWARD, CALL_METHOD_KW are ours).
public enum Opcode: UInt8, CaseIterable, Sendable {
    // Stack manipulation
    case NOP = 0
    case POP_TOP
    case ROT_TWO
    case ROT_THREE
    case ROT_FOUR
    case DUP_TOP
    case DUP_TOP_TWO

    // Unary / binary operators
    case UNARY_POSITIVE
    case UNARY_NEGATIVE
    case UNARY_NOT
    case UNARY_INVERT
    case BINARY_OP            // arg: BinaryOperator raw value
    case BINARY_SUBSCR
    case STORE_SUBSCR
    case DELETE_SUBSCR
    case COMPARE_OP           // arg: ComparisonOperator raw value
    case IS_OP                // arg: 0 `is`, 1 `is not`
    case CONTAINS_OP          // arg: 0 `in`, 1 `not in`

    // Constants and names
    case LOAD_CONST           // arg: index into constants
    case LOAD_NAME            // arg: index into names
    case STORE_NAME
    case DELETE_NAME
    case LOAD_GLOBAL
    case STORE_GLOBAL
    case DELETE_GLOBAL
    case LOAD_FAST            // arg: index into varnames
    case STORE_FAST
    case DELETE_FAST
    case LOAD_CLOSURE         // arg: cell index (cellvars, then freevars)
    case LOAD_DEREF
    case STORE_DEREF
    case DELETE_DEREF
    case LOAD_CLASSDEREF
    case LOAD_ATTR            // arg: index into names
    case STORE_ATTR
    case DELETE_ATTR
    case LOAD_METHOD          // arg: index into names

    // Building
    case BUILD_TUPLE          // arg: count
    case BUILD_LIST
    case BUILD_SET
    case BUILD_MAP            // arg: number of key/value pairs
    case BUILD_CONST_KEY_MAP  // arg: number of values
    case BUILD_STRING         // arg: count
    case BUILD_SLICE          // arg: 2 or 3
    case LIST_APPEND          // arg: depth of the list below the popped value
    case SET_ADD
    case MAP_ADD
    case LIST_EXTEND
    case SET_UPDATE
    case DICT_UPDATE
    case DICT_MERGE
    case LIST_TO_TUPLE
    case UNPACK_SEQUENCE      // arg: count
    case UNPACK_EX            // arg: before | after << 8
    case FORMAT_VALUE         // arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a spec is on the stack

    // Control flow
    case JUMP_FORWARD         // arg: absolute target (> own index)
    case JUMP_BACKWARD        // arg: absolute target (<= own index); checks the eval breaker
    case POP_JUMP_IF_FALSE    // arg: absolute target (forward)
    case POP_JUMP_IF_TRUE
    case JUMP_IF_FALSE_OR_POP
    case JUMP_IF_TRUE_OR_POP
    case GET_ITER
    case FOR_ITER             // arg: absolute target taken when the iterator is exhausted
    case RETURN_VALUE

    // Calls and functions
    case CALL_FUNCTION        // arg: number of positional arguments
    case CALL_FUNCTION_KW     // arg: number of arguments (positional + keyword)
    case CALL_FUNCTION_EX     // arg: 1 if a keyword dict is on the stack
    case CALL_METHOD          // arg: number of positional arguments
    case CALL_METHOD_KW       // arg: number of arguments (positional + keyword)
    case MAKE_FUNCTION        // arg: MakeFunctionFlags
    case LOAD_BUILD_CLASS

    // Exceptions and blocks
    case SETUP_FINALLY        // arg: absolute handler target
    case SETUP_WITH           // arg: absolute handler target
    case POP_BLOCK
    case POP_EXCEPT
    case RERAISE
    case WITH_EXCEPT_START
    case JUMP_IF_NOT_EXC_MATCH // arg: absolute target
    case RAISE_VARARGS        // arg: 0, 1 or 2
    case LOAD_ASSERTION_ERROR

    // Generators
    case YIELD_VALUE
    case YIELD_FROM
    case GET_YIELD_FROM_ITER

    // Imports, modules, REPL
    case IMPORT_NAME          // arg: index into names
    case IMPORT_FROM          // arg: index into names
    case IMPORT_STAR
    case SETUP_ANNOTATIONS
    case PRINT_EXPR

    // Pattern matching (CPython 3.11's semantics; COPY_DICT_WITHOUT_KEYS is 3.10's)
    case COPY                 // arg: depth n >= 1; pushes a new reference to the n-th item
    case SWAP                 // arg: depth n >= 2; swaps TOS with the n-th item
    case GET_LEN
    case MATCH_MAPPING
    case MATCH_SEQUENCE
    case MATCH_KEYS
    case MATCH_CLASS          // arg: number of positional sub-patterns
    case COPY_DICT_WITHOUT_KEYS

    // except* (CPython 3.11)
    case CHECK_EG_MATCH       // [exc, type] -> [rest, match]
    case PREP_RERAISE_STAR    // [orig, list] -> [exception or None]

    // Coroutines (CPython 3.10's, GET_AWAITABLE with 3.11's argument)
    case GET_AWAITABLE        // arg: 0 await, 1 after __aenter__, 2 after __aexit__ (error messages)
    case GET_AITER
    case GET_ANEXT
    case BEFORE_ASYNC_WITH
    case SETUP_ASYNC_WITH     // arg: absolute handler target
    case END_ASYNC_FOR

    /// Whether the argument is an absolute instruction index.
    public var isJump: Bool {
        switch self {
        case .JUMP_FORWARD, .JUMP_BACKWARD, .POP_JUMP_IF_FALSE, .POP_JUMP_IF_TRUE, .JUMP_IF_FALSE_OR_POP,
             .JUMP_IF_TRUE_OR_POP, .FOR_ITER, .SETUP_FINALLY, .SETUP_WITH, .JUMP_IF_NOT_EXC_MATCH, .SETUP_ASYNC_WITH:
            return true
        default:
            return false
        }
    }

    /// True when execution never continues at the next instruction.
    public var isTerminator: Bool {
        switch self {
        case .JUMP_FORWARD, .JUMP_BACKWARD, .RETURN_VALUE, .RERAISE, .RAISE_VARARGS: return true
        default: return false
        }
    }

    /// Whether the argument indexes `names`.
    public var usesNames: Bool {
        switch self {
        case .LOAD_NAME, .STORE_NAME, .DELETE_NAME, .LOAD_GLOBAL, .STORE_GLOBAL, .DELETE_GLOBAL,
             .LOAD_ATTR, .STORE_ATTR, .DELETE_ATTR, .LOAD_METHOD, .IMPORT_NAME, .IMPORT_FROM:
            return true
        default:
            return false
        }
    }

    /// Whether the argument indexes `varnames`.
    public var usesVarnames: Bool { self == .LOAD_FAST || self == .STORE_FAST || self == .DELETE_FAST }

    /// Whether the argument is a cell index (cellvars then freevars).
    public var usesCells: Bool {
        switch self {
        case .LOAD_CLOSURE, .LOAD_DEREF, .STORE_DEREF, .DELETE_DEREF, .LOAD_CLASSDEREF: return true
        default: return false
        }
    }

    /// Net change of the value stack depth. `jump` selects the effect when the jump is taken
    /// (for SETUP_* : the depth at the handler, relative to the depth before SETUP_*).
    public func stackEffect(arg: Int, jump: Bool) -> Int {
        switch self {
        case .NOP, .ROT_TWO, .ROT_THREE, .ROT_FOUR: return 0
        case .POP_TOP: return -1
        case .DUP_TOP: return 1
        case .DUP_TOP_TWO: return 2
        case .UNARY_POSITIVE, .UNARY_NEGATIVE, .UNARY_NOT, .UNARY_INVERT: return 0
        case .BINARY_OP, .BINARY_SUBSCR, .COMPARE_OP, .IS_OP, .CONTAINS_OP: return -1
        case .STORE_SUBSCR: return -3
        case .DELETE_SUBSCR: return -2
        case .LOAD_CONST, .LOAD_NAME, .LOAD_GLOBAL, .LOAD_FAST, .LOAD_CLOSURE, .LOAD_DEREF, .LOAD_CLASSDEREF:
            return 1
        case .STORE_NAME, .STORE_GLOBAL, .STORE_FAST, .STORE_DEREF: return -1
        case .DELETE_NAME, .DELETE_GLOBAL, .DELETE_FAST, .DELETE_DEREF: return 0
        case .LOAD_ATTR: return 0
        case .STORE_ATTR: return -2
        case .DELETE_ATTR: return -1
        case .LOAD_METHOD: return 1
        case .BUILD_TUPLE, .BUILD_LIST, .BUILD_SET, .BUILD_STRING: return 1 - arg
        case .BUILD_MAP: return 1 - 2 * arg
        case .BUILD_CONST_KEY_MAP: return -arg
        case .BUILD_SLICE: return 1 - arg
        case .LIST_APPEND, .SET_ADD: return -1
        case .MAP_ADD: return -2
        case .LIST_EXTEND, .SET_UPDATE, .DICT_UPDATE, .DICT_MERGE: return -1
        case .LIST_TO_TUPLE: return 0
        case .UNPACK_SEQUENCE: return arg - 1
        case .UNPACK_EX: return (arg & 0xFF) + (arg >> 8)
        case .FORMAT_VALUE: return (arg & 4) != 0 ? -1 : 0
        case .JUMP_FORWARD, .JUMP_BACKWARD: return 0
        case .POP_JUMP_IF_FALSE, .POP_JUMP_IF_TRUE: return -1
        case .JUMP_IF_FALSE_OR_POP, .JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1
        case .GET_ITER, .GET_YIELD_FROM_ITER: return 0
        case .FOR_ITER: return jump ? -1 : 1
        case .RETURN_VALUE: return -1
        case .CALL_FUNCTION: return -arg
        case .CALL_FUNCTION_KW: return -arg - 1
        case .CALL_FUNCTION_EX: return -1 - (arg & 1)
        case .CALL_METHOD: return -arg - 1
        case .CALL_METHOD_KW: return -arg - 2
        case .MAKE_FUNCTION: return -(arg & 0xF).nonzeroBitCount
        case .LOAD_BUILD_CLASS, .LOAD_ASSERTION_ERROR: return 1
        case .SETUP_FINALLY: return jump ? 2 : 0
        case .SETUP_WITH: return jump ? 2 : 1
        case .POP_BLOCK: return 0
        case .POP_EXCEPT: return -1
        case .RERAISE: return -1
        case .WITH_EXCEPT_START: return 1
        case .JUMP_IF_NOT_EXC_MATCH: return -2
        case .RAISE_VARARGS: return -arg
        case .YIELD_VALUE: return 0
        case .YIELD_FROM: return -1
        case .IMPORT_NAME: return -1
        case .IMPORT_FROM: return 1
        case .IMPORT_STAR: return -1
        case .SETUP_ANNOTATIONS: return 0
        case .PRINT_EXPR: return -1
        case .COPY, .GET_LEN, .MATCH_MAPPING, .MATCH_SEQUENCE, .MATCH_KEYS: return 1
        case .SWAP, .COPY_DICT_WITHOUT_KEYS: return 0
        case .MATCH_CLASS: return -2
        case .CHECK_EG_MATCH: return 0
        case .PREP_RERAISE_STAR: return -1
        case .GET_AWAITABLE, .GET_AITER: return 0
        case .GET_ANEXT, .BEFORE_ASYNC_WITH: return 1
        case .SETUP_ASYNC_WITH: return jump ? 1 : 0
        case .END_ASYNC_FOR: return -3
        }
    }
}

/// BINARY_OP's argument: CPython 3.11's NB_* numbering.
public enum BinaryOperator: Int, CaseIterable, Sendable {
    case add = 0, and, floorDivide, lshift, matrixMultiply, multiply, remainder, or, power, rshift,
         subtract, trueDivide, xor
    case inplaceAdd = 13, inplaceAnd, inplaceFloorDivide, inplaceLshift, inplaceMatrixMultiply,
         inplaceMultiply, inplaceRemainder, inplaceOr, inplacePower, inplaceRshift, inplaceSubtract,
         inplaceTrueDivide, inplaceXor

    /// The operator's spelling, e.g. "+" or "+=" (as in CPython's error messages).
    public var symbol: String {
        let base = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"]
        return rawValue < 13 ? base[rawValue] : base[rawValue - 13] + "="
    }

    public var isInplace: Bool { rawValue >= 13 }
}

/// COMPARE_OP's argument: CPython's Py_LT ... Py_GE.
public enum ComparisonOperator: Int, CaseIterable, Sendable {
    case lt = 0, le, eq, ne, gt, ge
    public var symbol: String { ["<", "<=", "==", "!=", ">", ">="][rawValue] }
}

/// MAKE_FUNCTION's argument: which optional values lie below the code unit on the stack.
public struct MakeFunctionFlags: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// A tuple of positional defaults.
    public static let defaults = MakeFunctionFlags(rawValue: 0x01)
    /// A dict of keyword-only defaults.
    public static let kwDefaults = MakeFunctionFlags(rawValue: 0x02)
    /// A tuple of alternating parameter names and annotation values.
    public static let annotations = MakeFunctionFlags(rawValue: 0x04)
    /// A tuple of cells for the code unit's freevars.
    public static let closure = MakeFunctionFlags(rawValue: 0x08)
}

/// FORMAT_VALUE's conversion (low 2 bits of the argument).
public enum FormatConversion: Int, Sendable {
    case none = 0, str = 1, repr = 2, ascii = 3
    public static let hasSpec = 4
}
