// swift-tools-version:6.1
import PackageDescription
let package = Package(
    name: "T",
    targets: [
        .target(name: "CPython", path: "CExt", sources: ["runtime"], publicHeadersPath: "include"),
        .executableTarget(name: "T", dependencies: ["CPython"], path: "Sources/T",
            swiftSettings: [.unsafeFlags(["-Onone"])],
            linkerSettings: [.unsafeFlags(["-Xlinker", "--unresolved-symbols=ignore-all"])]),
    ],
    swiftLanguageModes: [.v6]
)
