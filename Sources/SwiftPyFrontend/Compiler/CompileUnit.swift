// Per-code-unit compiler state: instruction buffer with labels, constant/name tables, the frame
// block stack (fblocks) and the assembler that resolves labels and computes the stack size.

/// A jump target; bound to an instruction index once, forward or backward.
struct Label: Hashable { let id: Int }

enum ScopeType { case module, `class`, function, lambda, comprehension }

/// A compile-time block (CPython's fblockinfo): what must be undone when `return`, `break` or
/// `continue` leaves it.
enum FBlock {
    case whileLoop(start: Label, exit: Label)
    case forLoop(start: Label, exit: Label)
    case tryExcept
    case finallyTry(body: [Stmt])
    case finallyEnd
    case with(loc: SourceRange)
    case asyncWith(loc: SourceRange)
    case handlerCleanup(name: String?)
    case popValue
    case exceptionHandler
    /// The handlers of a try/except*: break, continue and return may not leave them.
    case exceptionGroupHandler
}

final class CompileUnit {
    let ste: SymbolTableEntry
    let name: String
    var qualname: String = ""
    let scopeType: ScopeType
    var privateName: String?
    /// An `async def` body (CPython's COMPILER_SCOPE_ASYNC_FUNCTION).
    var isAsyncFunction = false
    /// Compiled only for its compile-time errors, then discarded (async bodies: SwiftPy cannot
    /// run them yet, but must reject what CPython rejects). Inherited by nested units.
    var checkOnly = false
    var firstLineNo: Int
    var argCount = 0
    var posOnlyArgCount = 0
    var kwOnlyArgCount = 0

    var instructions: [Instruction] = []
    var positions: [SourcePosition] = []
    var constants: [Constant] = []
    var constantIndex: [Constant: Int] = [:]
    var names: [String] = []
    var nameIndex: [String: Int] = [:]
    var varnames: [String] = []
    var varnameIndex: [String: Int] = [:]
    var cellvars: [String] = []
    var cellIndex: [String: Int] = [:]
    var freevars: [String] = []
    /// Cell index (offset by cellvars.count) of each freevar.
    var freeIndex: [String: Int] = [:]

    var labelTargets: [Int] = []
    /// (instruction index, label) pairs to patch at assembly.
    var fixups: [(Int, Label)] = []
    var fblocks: [FBlock] = []
    /// Location given to emitted instructions.
    var loc: SourceRange

    init(ste: SymbolTableEntry, name: String, scopeType: ScopeType, firstLineNo: Int, loc: SourceRange) {
        self.ste = ste
        self.name = name
        self.scopeType = scopeType
        self.firstLineNo = firstLineNo
        self.loc = loc
        for v in ste.varnames { _ = varnameSlot(v) }
        // Cells: names resolved CELL, sorted; plus the implicit __class__ of a class body.
        var cells = ste.order.filter { ste.scope(of: $0) == .cell }
        if ste.needsClassClosure { cells.append("__class__") }
        cellvars = sortedNames(cells)
        for (i, n) in cellvars.enumerated() { cellIndex[n] = i }
        // Frees: names resolved FREE, and class-level names that methods also use freely.
        let frees = ste.order.filter {
            ste.scope(of: $0) == .free || (ste.flags[$0] ?? []).contains(.defFreeClass)
        }
        freevars = sortedNames(frees)
        for (i, n) in freevars.enumerated() { freeIndex[n] = cellvars.count + i }
    }

    func sortedNames(_ a: [String]) -> [String] {
        a.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }

    // MARK: tables

    func constSlot(_ c: Constant) -> Int {
        if let i = constantIndex[c] { return i }
        constants.append(c)
        constantIndex[c] = constants.count - 1
        return constants.count - 1
    }

    func nameSlot(_ n: String) -> Int {
        if let i = nameIndex[n] { return i }
        names.append(n)
        nameIndex[n] = names.count - 1
        return names.count - 1
    }

    func varnameSlot(_ n: String) -> Int {
        if let i = varnameIndex[n] { return i }
        varnames.append(n)
        varnameIndex[n] = varnames.count - 1
        return varnames.count - 1
    }

    // MARK: emission

    var position: SourcePosition {
        SourcePosition(line: Int32(loc.lineno), endLine: Int32(loc.endLineno),
                       column: Int32(loc.colOffset), endColumn: Int32(loc.endColOffset))
    }

    /// False after a return, raise or unconditional jump until the next label is bound: such
    /// code can never run and is not emitted (any jump target is a bound label).
    var reachable = true

    func emit(_ op: Opcode, _ arg: Int = 0) {
        guard reachable else { return }
        instructions.append(makeInstruction(op, arg))
        positions.append(position)
        if op.isTerminator { reachable = false }
    }

    func newLabel() -> Label {
        labelTargets.append(-1)
        return Label(id: labelTargets.count - 1)
    }

    func bind(_ l: Label) {
        precondition(labelTargets[l.id] < 0, "label bound twice")
        labelTargets[l.id] = instructions.count
        reachable = true
    }

    func isBound(_ l: Label) -> Bool { labelTargets[l.id] >= 0 }

    /// Emits a jump. Unconditional jumps to a bound label become JUMP_BACKWARD; every other jump
    /// must go forward (the label is bound later).
    func emitJump(_ op: Opcode, _ l: Label) {
        var op = op
        if op == .JUMP_FORWARD || op == .JUMP_BACKWARD {
            op = isBound(l) ? .JUMP_BACKWARD : .JUMP_FORWARD
        } else {
            precondition(!isBound(l), "conditional jumps must go forward")
        }
        guard reachable else { return }
        fixups.append((instructions.count, l))
        emit(op, 0)
    }

    var lastOpcode: Opcode? { instructions.last.flatMap { Opcode(rawValue: opcodeByte($0)) } }

    // MARK: assembly

    func assemble(filename: String, flags: CodeFlags) -> CodeUnit {
        for (at, l) in fixups {
            let target = labelTargets[l.id]
            precondition(target >= 0, "unbound label")
            instructions[at] = (instructions[at] & 0xFF) | (Instruction(target) << 8)
        }
        let depth = StackDepth.analyze(instructions)
        assert(depth.errors.isEmpty, "stack depth: \(depth.errors) in \(qualname)")
        var cell2arg: [Int] = []
        let totalArgs = argCount + kwOnlyArgCount + (ste.hasVarargs ? 1 : 0) + (ste.hasVarkeywords ? 1 : 0)
        if cellvars.contains(where: { n in varnames.prefix(totalArgs).contains(n) }) {
            cell2arg = cellvars.map { n in varnames.prefix(totalArgs).firstIndex(of: n) ?? -1 }
        }
        return CodeUnit(name: name, qualname: qualname, filename: filename, firstLineNo: firstLineNo,
                        argCount: argCount, posOnlyArgCount: posOnlyArgCount, kwOnlyArgCount: kwOnlyArgCount,
                        flags: flags, instructions: instructions, constants: constants, names: names,
                        varnames: varnames, cellvars: cellvars, freevars: freevars, cell2arg: cell2arg,
                        stackSize: depth.maxDepth, lineTable: positions)
    }
}

/// The stack-effect pass: follows every reachable path, computing the depth before each
/// instruction. Reports negative depths, paths that disagree at a merge point, and paths that
/// run off the end.
public enum StackDepth {
    public struct Result {
        public var maxDepth: Int
        public var errors: [String]
    }

    public static func analyze(_ code: [Instruction]) -> Result {
        var depthAt = [Int](repeating: -1, count: code.count)
        var maxDepth = 0
        var errors: [String] = []
        var work: [Int] = []
        func reach(_ i: Int, _ d: Int, from: Int) {
            if d < 0 { errors.append("negative depth \(d) reaching \(i) from \(from)"); return }
            maxDepth = max(maxDepth, d)
            if i >= code.count { errors.append("execution falls off the end after \(from)"); return }
            if depthAt[i] < 0 {
                depthAt[i] = d
                work.append(i)
            } else if depthAt[i] != d {
                errors.append("depth \(d) from \(from) disagrees with \(depthAt[i]) at \(i)")
            }
        }
        if !code.isEmpty { reach(0, 0, from: -1) }
        while let i = work.popLast() {
            guard let op = Opcode(rawValue: opcodeByte(code[i])) else {
                errors.append("bad opcode at \(i)")
                continue
            }
            let arg = instructionArgument(code[i])
            let d = depthAt[i]
            if op.isJump { reach(arg, d + op.stackEffect(arg: arg, jump: true), from: i) }
            if op == .JUMP_BACKWARD && arg > i { errors.append("JUMP_BACKWARD forward at \(i)") }
            if op.isJump && op != .JUMP_BACKWARD && arg <= i { errors.append("backward \(op) at \(i)") }
            if !op.isTerminator { reach(i + 1, d + op.stackEffect(arg: arg, jump: false), from: i) }
            else if op == .RETURN_VALUE || op == .RERAISE || op == .RAISE_VARARGS {
                let after = d + op.stackEffect(arg: arg, jump: false)
                if after < 0 { errors.append("negative depth after \(op) at \(i)") }
                if op == .RETURN_VALUE && d != 1 { errors.append("RETURN_VALUE at \(i) with depth \(d)") }
            }
        }
        return Result(maxDepth: maxDepth, errors: errors)
    }
}
