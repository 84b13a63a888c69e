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
}
