// swift-tools-version:6.1
import PackageDescription

// Swift 6.3.1's SIL dead-store elimination drops a store to p[-1] that is followed by a store to
// p[0] (it treats the two addresses as the same), e.g. LOAD_METHOD's `sp[-1] = m; sp[0] = obj`:
// release builds then called methods with `self` as the callable. Minimal repro:
//   func f(_ p: UnsafeMutablePointer<Int>, _ a: Int, _ b: Int) { p[-1] = a; p[0] = b }  // -O: one store
// The pass is off for our targets until the compiler is fixed (LLVM's own DSE still runs).
let releaseWorkaround = SwiftSetting.unsafeFlags(["-Xllvm", "-sil-disable-pass=dead-store-elimination"],
                                                 .when(configuration: .release))

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
        // libffi (Debian: libffi-dev), used by the native half of ctypes (CExtensions/runtime/ctypes_*.c).
        .systemLibrary(name: "CFFI", path: "CExtensions/CFFI", pkgConfig: "libffi", providers: [.apt(["libffi-dev"])]),
        .target(
            name: "CPython",
            dependencies: ["CFFI"],
            path: "CExtensions",
            sources: ["runtime"],
            publicHeadersPath: "include",
            cSettings: [.unsafeFlags(["-O2", "-fno-strict-aliasing"])]
        ),
        // Source -> bytecode. Pure Swift, knows nothing of the object model.
        .target(name: "SwiftPyFrontend", path: "Sources/SwiftPyFrontend", swiftSettings: [releaseWorkaround]),
        // System libraries behind the zlib and hashlib modules (zlib1g-dev, libssl-dev).
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .systemLibrary(name: "CCrypto", path: "Sources/CCrypto"),
        // The runtime: objects, VM, GIL, C API, builtin modules.
        .target(
            name: "SwiftPy",
            dependencies: ["CPython", "SwiftPyFrontend", "CZlib", "CCrypto", .product(name: "BigInt", package: "BigInt")],
            path: "Sources/SwiftPy",
            swiftSettings: [.unsafeFlags(["-Ounchecked"], .when(configuration: .release)), releaseWorkaround],
            linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"])]
        ),
        .executableTarget(name: "swiftpy", dependencies: ["SwiftPy"], path: "Sources/swiftpy"),
        .executableTarget(name: "swiftpy-config", path: "Sources/swiftpy-config"),
        // Samples/swift_module: a Swift program embedding SwiftPy with a module written in Swift.
        .executableTarget(name: "swift-module-sample", dependencies: ["SwiftPy"], path: "Samples/swift_module"),
        .testTarget(name: "SwiftPyTests", dependencies: ["SwiftPy", "SwiftPyFrontend"], path: "Tests/SwiftPyTests",
                    exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
