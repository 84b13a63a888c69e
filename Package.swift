// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "SwiftPy",
    products: [
        .library(name: "SwiftPy", targets: ["SwiftPy"]),
        .executable(name: "swiftpy", targets: ["swiftpy"]),
        .executable(name: "swiftpy-config", targets: ["swiftpy-config"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        // The C side of the SDK: public headers (include/) and the C parts of the runtime
        // (data symbols, C-variadic functions, thread-local thread state).
        .target(
            name: "CPython",
            path: "CExtensions",
            sources: ["runtime"],
            publicHeadersPath: "include",
            cSettings: [.unsafeFlags(["-O2", "-fno-strict-aliasing"])]
        ),
        // Source -> bytecode. Pure Swift, knows nothing of the object model.
        .target(name: "SwiftPyFrontend", path: "Sources/SwiftPyFrontend"),
        // System libraries behind the zlib and hashlib modules (zlib1g-dev, libssl-dev).
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .systemLibrary(name: "CCrypto", path: "Sources/CCrypto"),
        // The runtime: objects, VM, GIL, C API, builtin modules.
        .target(
            name: "SwiftPy",
            dependencies: ["CPython", "SwiftPyFrontend", "CZlib", "CCrypto", .product(name: "BigInt", package: "BigInt")],
            path: "Sources/SwiftPy",
            swiftSettings: [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))],
            linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"])]
        ),
        .executableTarget(name: "swiftpy", dependencies: ["SwiftPy"], path: "Sources/swiftpy"),
        .executableTarget(name: "swiftpy-config", path: "Sources/swiftpy-config"),
        .testTarget(name: "SwiftPyTests", dependencies: ["SwiftPy", "SwiftPyFrontend"], path: "Tests/SwiftPyTests",
                    exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
