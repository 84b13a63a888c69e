// Parser tests: ASTs and error reports compared with CPython 3.11's, recorded as fixtures in
// Fixtures/parser (regenerate with `python3 Tests/SwiftPyTests/Fixtures/parser-regen.py`).
import Foundation
import XCTest
@testable import SwiftPyFrontend

final class ParserTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/parser")

    func fixtureNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path)
            .filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
    }

    func read(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
    }

    /// First index where two strings differ, with context, for readable failures.
    func diff(_ a: String, _ b: String) -> String {
        let x = Array(a), y = Array(b)
        var i = 0
        while i < x.count && i < y.count && x[i] == y[i] { i += 1 }
        let lo = max(0, i - 150)
        return "at \(i):\n ours:    \(String(x[lo..<min(x.count, i + 150)]))\n cpython: \(String(y[lo..<min(y.count, i + 150)]))"
    }

    func testFixtureASTs() throws {
        let names = try fixtureNames()
        XCTAssertGreaterThan(names.count, 5)
        for name in names {
            let src = try read(name + ".py")
            let expected = String(decoding: try read(name + ".ast"), as: UTF8.self).trimmingCharacters(in: .newlines)
            do {
                let mod = try Parser.parse(src, filename: name + ".py")
                let got = ASTDump.dump(mod)
                XCTAssertEqual(got, expected, "\(name).py: \(diff(got, expected))")
            } catch {
                XCTFail("\(name).py: unexpected \(error)")
            }
        }
    }

    /// Locations (lineno, col_offset, end_*) of every node, except f-string parts where CPython
    /// 3.11's own locations are inconsistent.
    func testFixtureLocations() throws {
        for name in try fixtureNames() where name != "fstrings" {
            let src = try read(name + ".py")
            let expected = String(decoding: try read(name + ".attrs"), as: UTF8.self).trimmingCharacters(in: .newlines)
            guard let mod = try? Parser.parse(src, filename: name + ".py") else { XCTFail("\(name).py does not parse"); continue }
            let got = ASTDump.dump(mod, includeAttributes: true)
            XCTAssertEqual(got, expected, "\(name).py: \(diff(got, expected))")
        }
    }

    struct ErrorCase: Decodable {
        let source: String
        let type: String
        let msg: String
        let lineno: Int
        let offset: Int
    }

    func testErrors() throws {
        let cases = try JSONDecoder().decode([ErrorCase].self, from: Data(try read("errors.json")))
        XCTAssertGreaterThan(cases.count, 50)
        var failures = 0
        for c in cases {
            do {
                _ = try Parser.parse(c.source, filename: "f")
                XCTFail("no error for \(c.source.debugDescription); CPython: \(c.msg)")
                failures += 1
            } catch {
                let got = "\(error.typeName): \(error.msg) @\(error.lineno):\(error.offset)"
                let want = "\(c.type): \(c.msg) @\(c.lineno):\(c.offset)"
                if got != want { failures += 1 }
                XCTAssertEqual(got, want, c.source.debugDescription)
            }
        }
    }

    func testModes() throws {
        let e = try Parser.parse("1 + x\n", mode: .eval)
        XCTAssertEqual(ASTDump.dump(e), "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Name(id='x', ctx=Load())))")
        let i = try Parser.parse("x = 1", mode: .single)
        XCTAssertEqual(ASTDump.dump(i), "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])")
        XCTAssertThrowsError(try Parser.parse("x = 1", mode: .eval))
    }

    func testSourceDecoding() throws {
        // BOM, CRLF line ends, Latin-1 coding declaration.
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("x = 1\r\ny = 2\r\n".utf8)
        XCTAssertEqual(ASTDump.dump(try Parser.parse(bom)),
                       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])")
        let latin: [UInt8] = Array("# -*- coding: latin-1 -*-\ns = '".utf8) + [0xE9] + Array("'\n".utf8)
        XCTAssertEqual(ASTDump.dump(try Parser.parse(latin)), "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='é'))], type_ignores=[])")
        XCTAssertThrowsError(try Parser.parse([0x78, 0x3D, 0xFF, 0x0A]))
        XCTAssertThrowsError(try Parser.parse([0x78, 0x00]))
    }

    func testLoneSurrogateLiteral() throws {
        guard case .module(let body, _) = try Parser.parse("'a\\ud800'"), case .expr(let e) = body[0].kind,
              case .constant(let v, _) = e.kind else { return XCTFail("shape") }
        XCTAssertEqual(v, .stringScalars([0x61, 0xD800]))
    }

    /// Random bytes and every prefix of valid programs must give an AST or a SyntaxError.
    func testFuzzNeverCrashes() throws {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("()[]{}:;,.=+-*/'\"\\\n\t #@!fbru0123456789xjeE_abcdefghij ifelsewhiledefclasslambdayield".utf8)
        for _ in 0..<3000 {
            let n = Int.random(in: 0..<40, using: &rng)
            var bytes: [UInt8] = []
            for _ in 0..<n {
                bytes.append(Bool.random(using: &rng) ? alphabet.randomElement(using: &rng)! : UInt8.random(in: 0...255, using: &rng))
            }
            _ = try? Parser.parse(bytes)
        }
        for name in try fixtureNames() {
            let src = try read(name + ".py")
            var k = 0
            while k < src.count {
                _ = try? Parser.parse(Array(src[..<k]))
                k += max(1, src.count / 150)
            }
        }
        // Deep nesting is an error, not a stack overflow.
        XCTAssertThrowsError(try Parser.parse(String(repeating: "(", count: 5000) + String(repeating: ")", count: 5000)))
        XCTAssertThrowsError(try Parser.parse(String(repeating: "-", count: 100000) + "1"))
        XCTAssertThrowsError(try Parser.parse(String(repeating: "not ", count: 100000) + "1"))
        XCTAssertThrowsError(try Parser.parse("f'" + String(repeating: "{", count: 999) + "'"))
    }

    func testPerformance5000Lines() throws {
        var text = ""
        let blockSrc = try read("statements.py")
        let block = String(decoding: blockSrc, as: UTF8.self)
        while text.split(separator: "\n", omittingEmptySubsequences: false).count < 5000 { text += block }
        let bytes = Array(text.utf8)
        let start = Date()
        _ = try Parser.parse(bytes)
        let elapsed = Date().timeIntervalSince(start)
        print("ParserTests: parsed \(text.split(separator: "\n").count) lines in \(elapsed) s")
    }
}

/// Differential check over a large corpus, run only when PARSER_CORPUS_DIR names a folder of
/// NAME.src files with NAME.attrs = `ast.dump(ast.parse(src), include_attributes=True)`.
final class ParserCorpusTests: XCTestCase {
    func testCorpus() throws {
        guard let dir = ProcessInfo.processInfo.environment["PARSER_CORPUS_DIR"] else { throw XCTSkip("PARSER_CORPUS_DIR not set") }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".src") }.sorted()
        var ok = 0, bad: [String] = []
        for n in names {
            let base = String(n.dropLast(4))
            let src = Array(try Data(contentsOf: URL(fileURLWithPath: dir + "/" + n)))
            let want = try String(contentsOfFile: dir + "/" + base + ".attrs", encoding: .utf8)
            do {
                let got = ASTDump.dump(try Parser.parse(src, filename: n), includeAttributes: true)
                if got == want { ok += 1; continue }
                let x = Array(got), y = Array(want)
                var i = 0
                while i < x.count && i < y.count && x[i] == y[i] { i += 1 }
                let lo = max(0, i - 200)
                bad.append("\(base): differs\n  ours: \(String(x[lo..<min(x.count, i + 120)]))\n  want: \(String(y[lo..<min(y.count, i + 120)]))")
            } catch {
                bad.append("\(base): \(error)")
            }
        }
        print("corpus: \(ok)/\(names.count) identical")
        for b in bad { print(b) }
        XCTAssertTrue(bad.isEmpty)
    }
}
