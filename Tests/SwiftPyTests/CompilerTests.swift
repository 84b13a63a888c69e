// Compiler tests: symbol tables and SyntaxErrors compared with CPython 3.11's (fixtures recorded
// by `python3 Tests/SwiftPyTests/Fixtures/compiler-regen.py`), stack-depth sanity on a corpus,
// disassembly spot checks.
import Foundation
import XCTest
@testable import SwiftPyFrontend

final class CompilerTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/compiler")

    func read(_ rel: String) throws -> String {
        String(decoding: try Data(contentsOf: Self.fixtures.appendingPathComponent(rel)), as: UTF8.self)
    }

    // MARK: symbol table

    func dump(_ t: SymbolTableEntry, _ ind: String, _ out: inout [String]) {
        let type: String
        switch t.type {
        case .module: type = "module"
        case .class: type = "class"
        case .function: type = "function"
        }
        out.append("\(ind)table \(t.name) \(type) line=\(t.loc.lineno) nested=\(t.nested ? 1 : 0)")
        for name in t.order.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }) {
            out.append("\(ind)  \(name) \(t.rawFlags(name))")
        }
        for c in t.children { dump(c, ind + "  ", &out) }
    }

    func testSymbolTablesMatchCPython() throws {
        let dir = Self.fixtures.appendingPathComponent("symtable")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 5)
        for name in names {
            let src = try read("symtable/" + name)
            let expected = try read("symtable/" + name.dropLast(3) + ".symtable")
            let mod = try Parser.parse(src, filename: name)
            let table = try SymbolTable.build(mod, filename: name)
            var out: [String] = []
            dump(table.top, "", &out)
            let got = out.joined(separator: "\n") + "\n"
            if got != expected {
                let g = got.split(separator: "\n"), e = expected.split(separator: "\n")
                let i = (0..<min(g.count, e.count)).first(where: { g[$0] != e[$0] }) ?? min(g.count, e.count)
                XCTFail("\(name): first difference at line \(i + 1):\n ours:    \(i < g.count ? g[i] : "<end>")\n cpython: \(i < e.count ? e[i] : "<end>")")
            }
        }
    }

    // MARK: helpers

    func compile(_ src: String, mode: ParseMode = .exec) throws -> CodeUnit {
        try Frontend.compile(source: src, filename: "<test>", mode: mode)
    }

    /// `SWIFTPY_DIS=path swift test --filter CompilerTests/testPrintDisassembly` prints a listing.
    func testPrintDisassembly() throws {
        guard let path = ProcessInfo.processInfo.environment["SWIFTPY_DIS"] else { return }
        let src = try String(contentsOfFile: path, encoding: .utf8)
        print(try compile(src).disassemble())
    }

    // MARK: SyntaxErrors

    struct ErrorCase: Decodable {
        let source: String
        let msg: String
        let lineno: Int
        let offset: Int
        let end_lineno: Int
        let end_offset: Int
    }

    func testSyntaxErrorsMatchCPython() throws {
        let cases = try JSONDecoder().decode([ErrorCase].self, from: Data(try read("errors.json").utf8))
        XCTAssertGreaterThan(cases.count, 40)
        for c in cases {
            do {
                _ = try compile(c.source)
                XCTFail("\(c.source.debugDescription): compiled, expected \(c.msg)")
            } catch let e as SyntaxError {
                XCTAssertEqual(e.msg, c.msg, c.source.debugDescription)
                XCTAssertEqual([e.lineno, e.offset, e.endLineno, e.endOffset], [c.lineno, c.offset, c.end_lineno, c.end_offset],
                               "location of \(c.msg) in \(c.source.debugDescription)")
            }
        }
    }

    // MARK: stack depth

    /// Every code unit reachable from `code`.
    func allUnits(_ code: CodeUnit) -> [CodeUnit] {
        var out = [code]
        for c in code.constants { if case .code(let sub) = c { out += allUnits(sub) } }
        return out
    }

    func checkStack(_ code: CodeUnit, _ what: String) {
        for unit in allUnits(code) {
            let r = StackDepth.analyze(unit.instructions)
            XCTAssertEqual(r.errors, [], "\(what): \(unit.qualname)")
            XCTAssertEqual(r.maxDepth, unit.stackSize, "\(what): \(unit.qualname)")
            XCTAssertEqual(unit.lineTable.count, unit.instructions.count)
        }
    }

    /// The stack-effect pass on every fixture and every corpus file: depth never negative,
    /// consistent at merge points, RETURN_VALUE with exactly one value.
    func testStackDepthOnCorpus() throws {
        var dirs = [Self.fixtures.appendingPathComponent("symtable"), Self.fixtures.appendingPathComponent("corpus"),
                    Self.fixtures.deletingLastPathComponent().appendingPathComponent("parser")]
        // Opt-in: SWIFTPY_STDLIB=/path/to/lib/python3.11 compiles a whole standard library.
        if let lib = ProcessInfo.processInfo.environment["SWIFTPY_STDLIB"] { dirs.append(URL(fileURLWithPath: lib)) }
        var compiled = 0
        for dir in dirs {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.filter { $0.hasSuffix(".py") }.sorted() ?? []
            for f in files {
                let bytes = Array(try Data(contentsOf: dir.appendingPathComponent(f)))
                guard let mod = try? Parser.parse(bytes, filename: f) else { continue }  // parser error cases
                do {
                    let code = try Compiler.compile(mod, filename: f, mode: .exec)
                    checkStack(code, f)
                    compiled += 1
                } catch {
                    // The parser's fixtures include sources CPython's compiler rejects.
                    if dir.lastPathComponent == "parser" { continue }
                    XCTFail("\(dir.lastPathComponent)/\(f): \(error)")
                }
            }
        }
        XCTAssertGreaterThan(compiled, 10)
    }

    /// Opt-in structural comparison aid: `SWIFTPY_CODE_DUMP=dir` writes, for every .py under
    /// dir, each code unit's shape (qualname, line, arg counts, flags, varnames, cells, frees)
    /// to /tmp/swiftpy-code-dump.txt, in the format of Fixtures/compiler-codedump.py.
    func testDumpCodeStructure() throws {
        guard let dir = ProcessInfo.processInfo.environment["SWIFTPY_CODE_DUMP"] else { return }
        var out = ""
        let en = FileManager.default.enumerator(atPath: dir)
        var files: [String] = []
        while let f = en?.nextObject() as? String { if f.hasSuffix(".py") { files.append(f) } }
        for f in files.sorted() {
            try? f.write(toFile: "/tmp/swiftpy-code-dump.current", atomically: false, encoding: .utf8)
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: dir).appendingPathComponent(f)))
            do {
                let code = try Frontend.compile(source: bytes, filename: f, mode: .exec)
                out += "FILE \(f)\n"
                for u in allUnits(code) {
                    let flags = u.flags.rawValue & 0x2BF
                    out += "\(u.qualname) \(u.firstLineNo) \(u.argCount) \(u.posOnlyArgCount) \(u.kwOnlyArgCount) \(flags) "
                        + "v=\(u.varnames.sorted().joined(separator: ",")) c=\(u.cellvars.sorted().joined(separator: ",")) f=\(u.freevars.joined(separator: ","))\n"
                }
            } catch {
                out += "FILE \(f)\nERROR \(error.msg) \(error.lineno)\n"
            }
        }
        try out.write(toFile: "/tmp/swiftpy-code-dump.txt", atomically: true, encoding: .utf8)
    }

    // MARK: disassembly spot checks

    /// Opcode names of a unit, in order.
    func ops(_ code: CodeUnit) -> [String] {
        code.instructions.map { "\(Opcode(rawValue: opcodeByte($0))!)" }
    }

    func unit(_ code: CodeUnit, _ qualname: String) -> CodeUnit? { allUnits(code).first { $0.qualname == qualname } }

    func contains(_ a: [String], _ seq: [String]) -> Bool {
        guard seq.count <= a.count else { return false }
        return (0...(a.count - seq.count)).contains { Array(a[$0..<$0 + seq.count]) == seq }
    }

    func testChainedComparisonUsesDupRot() throws {
        let o = ops(try compile("x = a < b < c\n"))
        XCTAssertTrue(contains(o, ["LOAD_NAME", "DUP_TOP", "ROT_THREE", "COMPARE_OP", "JUMP_IF_FALSE_OR_POP"]), "\(o)")
        XCTAssertTrue(contains(o, ["ROT_TWO", "POP_TOP"]), "\(o)")
    }

    func testFinallyBodyInlinedOnReturn() throws {
        let code = try compile("def f():\n    try:\n        return g()\n    finally:\n        h()\n")
        let f = try XCTUnwrap(unit(code, "f"))
        let o = ops(f)
        // return path: value kept on top while the finally body runs, then RETURN_VALUE.
        XCTAssertTrue(contains(o, ["CALL_FUNCTION", "POP_BLOCK", "LOAD_GLOBAL", "CALL_FUNCTION", "POP_TOP", "RETURN_VALUE"]), "\(o)")
        // the exceptional path runs h() too and re-raises.
        XCTAssertEqual(o.filter { $0 == "RERAISE" }.count, 1)
        XCTAssertEqual(f.names.filter { $0 == "h" }.count, 1)
        XCTAssertEqual(o.filter { $0 == "LOAD_GLOBAL" }.count, 3)  // g, h (return path), h (exception path)
    }

    func testBreakInsideWithCallsExit() throws {
        let code = try compile("for x in y:\n    with m:\n        break\n")
        let o = ops(code)
        XCTAssertTrue(contains(o, ["POP_BLOCK", "LOAD_CONST", "DUP_TOP", "DUP_TOP", "CALL_FUNCTION", "POP_TOP", "POP_TOP", "JUMP_FORWARD"]), "\(o)")
    }

    func testReturnInsideExceptHandlerPopsExcept() throws {
        let code = try compile("def f():\n    try:\n        pass\n    except E as e:\n        return e\n")
        let o = ops(try XCTUnwrap(unit(code, "f")))
        XCTAssertTrue(contains(o, ["LOAD_FAST", "POP_BLOCK", "ROT_TWO", "POP_EXCEPT", "LOAD_CONST", "STORE_FAST", "DELETE_FAST", "RETURN_VALUE"]), "\(o)")
    }

    func testMethodCallsAndKeywords() throws {
        let code = try compile("o.m(1)\no.m(1, k=2)\nf(a, k=1)\nf(*a, **k)\no.m(*a)\n")
        let o = ops(code)
        XCTAssertTrue(contains(o, ["LOAD_METHOD", "LOAD_CONST", "CALL_METHOD"]))
        XCTAssertTrue(contains(o, ["LOAD_METHOD", "LOAD_CONST", "LOAD_CONST", "LOAD_CONST", "CALL_METHOD_KW"]))
        XCTAssertTrue(o.contains("CALL_FUNCTION_KW"))
        XCTAssertTrue(contains(o, ["BUILD_MAP", "LOAD_NAME", "DICT_MERGE", "CALL_FUNCTION_EX"]), "\(o)")
        XCTAssertTrue(contains(o, ["LOAD_ATTR", "LOAD_NAME", "CALL_FUNCTION_EX"]), "\(o)")
        XCTAssertTrue(code.constants.contains(.tuple([.string("k")])))
    }

    func testConstantFolding() throws {
        let code = try compile("x = (1, -2, ('a', None), 2.5)\ny = __debug__\nz = -9223372036854775808\n")
        XCTAssertTrue(code.constants.contains(.tuple([.int(1), .int(-2), .tuple([.string("a"), .none]), .float(2.5)])))
        XCTAssertTrue(code.constants.contains(.bool(true)))
        XCTAssertTrue(code.constants.contains(.int(Int.min)))
        XCTAssertFalse(ops(code).contains("BUILD_TUPLE"))
        XCTAssertFalse(ops(code).contains("UNARY_NEGATIVE"))
    }

    func testClassBodyAndClassCell() throws {
        let code = try compile("class C(B, metaclass=M):\n    'doc'\n    def f(self): return super().f()\n")
        let c = try XCTUnwrap(unit(code, "C"))
        XCTAssertEqual(c.cellvars, ["__class__"])
        XCTAssertEqual(Array(c.names.prefix(4)), ["__name__", "__module__", "__qualname__", "__doc__"])
        XCTAssertTrue(contains(ops(c), ["LOAD_CLOSURE", "DUP_TOP", "STORE_NAME", "RETURN_VALUE"]))
        let f = try XCTUnwrap(unit(code, "C.f"))
        XCTAssertEqual(f.freevars, ["__class__"])
        XCTAssertTrue(contains(ops(code), ["LOAD_BUILD_CLASS", "LOAD_CONST", "MAKE_FUNCTION", "LOAD_CONST", "LOAD_NAME", "LOAD_NAME", "LOAD_CONST", "CALL_FUNCTION_KW"]))
    }

    func testClosuresCellsAndCell2arg() throws {
        let code = try compile("def f(a, b):\n    c = 1\n    def g():\n        return a + c\n    return g\n")
        let f = try XCTUnwrap(unit(code, "f"))
        XCTAssertEqual(f.cellvars, ["a", "c"])
        XCTAssertEqual(f.cell2arg, [0, -1])
        XCTAssertEqual(f.varnames, ["a", "b", "g"])
        XCTAssertTrue(contains(ops(f), ["LOAD_CLOSURE", "LOAD_CLOSURE", "BUILD_TUPLE", "LOAD_CONST", "MAKE_FUNCTION"]))
        let g = try XCTUnwrap(unit(code, "f.<locals>.g"))
        XCTAssertEqual(g.freevars, ["a", "c"])
        XCTAssertTrue(g.flags.contains(.nested))
        XCTAssertEqual(ops(g).prefix(2), ["LOAD_DEREF", "LOAD_DEREF"])
    }

    func testComprehensionScopes() throws {
        let code = try compile("def f(xs):\n    return [x + y for x in xs for y in range(x) if y]\n")
        let lc = try XCTUnwrap(unit(code, "f.<locals>.<listcomp>"))
        XCTAssertEqual(lc.argCount, 1)
        XCTAssertEqual(lc.varnames, [".0", "x", "y"])
        XCTAssertEqual(ops(lc).first, "BUILD_LIST")
        XCTAssertTrue(ops(lc).contains("LIST_APPEND"))
        XCTAssertEqual(lc.instructions.filter { Opcode(rawValue: opcodeByte($0)) == .LIST_APPEND }.map(instructionArgument), [3])
        let f = try XCTUnwrap(unit(code, "f"))
        XCTAssertTrue(contains(ops(f), ["MAKE_FUNCTION", "LOAD_FAST", "GET_ITER", "CALL_FUNCTION"]))
        let gen = try XCTUnwrap(unit(try compile("g = (x for x in y)\n"), "<genexpr>"))
        XCTAssertTrue(gen.flags.contains(.generator))
        XCTAssertTrue(contains(ops(gen), ["YIELD_VALUE", "POP_TOP", "JUMP_BACKWARD"]))
    }

    func testBackwardJumpsAreJumpBackward() throws {
        let code = try compile("while x:\n    for y in z:\n        if y: continue\n        g()\n    else:\n        continue\n")
        for u in allUnits(code) {
            for (i, ins) in u.instructions.enumerated() {
                let op = Opcode(rawValue: opcodeByte(ins))!
                guard op.isJump else { continue }
                XCTAssertEqual(instructionArgument(ins) <= i, op == .JUMP_BACKWARD, "\(op) at \(i)")
            }
        }
        XCTAssertGreaterThanOrEqual(ops(code).filter { $0 == "JUMP_BACKWARD" }.count, 3)
    }

    func testAugmentedAssignmentAndUnpacking() throws {
        let o = ops(try compile("a.b += 1\nc[d] -= 2\nx, *y, z = w\n"))
        XCTAssertTrue(contains(o, ["LOAD_NAME", "DUP_TOP", "LOAD_ATTR", "LOAD_CONST", "BINARY_OP", "ROT_TWO", "STORE_ATTR"]), "\(o)")
        XCTAssertTrue(contains(o, ["DUP_TOP_TWO", "BINARY_SUBSCR", "LOAD_CONST", "BINARY_OP", "ROT_THREE", "STORE_SUBSCR"]), "\(o)")
        let code = try compile("x, *y, z = w\n")
        let ex = code.instructions.first { Opcode(rawValue: opcodeByte($0)) == .UNPACK_EX }
        XCTAssertEqual(ex.map(instructionArgument), 1 | (1 << 8))
    }

    func testAnnotationsAndInteractive() throws {
        let code = try compile("x: int = 1\ndef f():\n    y: undefined_name = 2\n")
        XCTAssertEqual(ops(code).first, "SETUP_ANNOTATIONS")
        XCTAssertTrue(code.names.contains("__annotations__"))
        XCTAssertFalse(try XCTUnwrap(unit(code, "f")).names.contains("undefined_name"))
        let repl = try compile("1 + x\n", mode: .single)
        XCTAssertTrue(ops(repl).contains("PRINT_EXPR"))
        let ev = try compile("x + 1", mode: .eval)
        XCTAssertEqual(ops(ev).last, "RETURN_VALUE")
        XCTAssertFalse(ev.constants.contains(.none))
    }

    func testDocstringsAndLineTable() throws {
        let code = try compile("def f():\n    'doc'\n    return 1\nlambda: 'x'\n")
        let f = try XCTUnwrap(unit(code, "f"))
        XCTAssertEqual(f.docstring, "doc")
        XCTAssertEqual(f.constants.first, .string("doc"))
        XCTAssertEqual(try XCTUnwrap(unit(code, "<lambda>")).constants.first, Constant.none)
        XCTAssertEqual(f.line(at: 0), 3)
        // The call `g(x)` spans columns 4..8 of line 1.
        let call = try compile("y = g(x)\n")
        let i = try XCTUnwrap(call.instructions.firstIndex { Opcode(rawValue: opcodeByte($0)) == .CALL_FUNCTION })
        XCTAssertEqual(call.lineTable[i], SourcePosition(line: 1, endLine: 1, column: 4, endColumn: 8))
    }

    func testPrivateNameMangling() throws {
        let code = try compile("class C:\n    def __f(self, __a):\n        return self.__x, __a, __y__\n")
        let f = try XCTUnwrap(unit(code, "C.__f"))
        XCTAssertEqual(f.varnames, ["self", "_C__a"])
        XCTAssertTrue(f.names.contains("_C__x"))
        XCTAssertTrue(f.names.contains("__y__"))
        XCTAssertTrue(try XCTUnwrap(unit(code, "C")).names.contains("_C__f"))
    }
}
