// swift-tools-version:6.1
// Differential test of the numbers area (int, bool, float, complex, number formatting, their C
// API) against CPython, runnable before the interpreter links: the area's sources (symlinked)
// plus minimal fakes of the other areas' C API. See README.md.
import PackageDescription
let package = Package(
    name: "NumbersHarness",
    dependencies: [.package(url: "https://github.com/attaswift/BigInt", from: "6.0.0")],
    targets: [
        .target(name: "CPython", path: "CExt", sources: ["runtime"], publicHeadersPath: "include"),
        .executableTarget(name: "NumH", dependencies: ["CPython", .product(name: "BigInt", package: "BigInt")],
                          path: "Sources/NumH"),
    ],
    swiftLanguageModes: [.v6]
)
