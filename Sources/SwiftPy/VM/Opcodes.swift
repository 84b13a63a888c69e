// The VM's view of the bytecode (docs/BYTECODE.md; opcodes from SwiftPyFrontend's Opcode.swift). One UInt32 per instruction: opcode in the low
// 8 bits, argument in the high 24 bits; jump arguments are absolute instruction indices.
// Semantics are CPython 3.10's with BINARY_OP (3.11 NB_* argument), single-value exceptions on
// the stack and a block stack, and JUMP_BACKWARD as the only backward jump (eval-breaker check).
import CPython
import SwiftPyFrontend

/// The compiler's opcode enum is the VM's (one source of truth).
typealias VMOp = Opcode


/// Decodes the opcode without a range check: Opcode's raw values are its dense case indices
/// (checked once by checkOpcodeEncoding()), and the compiler emits only valid opcodes.
@inline(__always) func vmOpcode(_ w: UInt32) -> VMOp { unsafeBitCast(UInt8(truncatingIfNeeded: w), to: VMOp.self) }

/// Verifies that raw values equal case indices (what vmOpcode relies on).
func checkOpcodeEncoding() {
    precondition(MemoryLayout<Opcode>.size == 1)
    for (i, op) in Opcode.allCases.enumerated() { precondition(Int(op.rawValue) == i, "Opcode raw values must be dense") }
}
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

/// Whether a generator's first resume pushes the sent value (CPython 3.10's GEN_START pops it; we have no GEN_START).
let vmGenStartPopsValue = false
