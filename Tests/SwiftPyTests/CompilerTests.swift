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
}
