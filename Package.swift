// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "umctl",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "umctl", targets: ["umctl"])
    ],
    targets: [
        // C libraries from Debian packages, found through pkg-config.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),

        // The only modules that touch C pointers.
        .target(name: "YAML", dependencies: ["CYAML"]),
        .target(name: "Git", dependencies: ["CGit2"]),

        // Manifest model, option catalog, overlay and validation.
        .target(name: "Manifest", dependencies: ["YAML"]),
        // Template engine, JSON writer and one renderer per output family.
        .target(name: "Rendering", dependencies: ["YAML", "Manifest"], resources: []),
        // Atomic output, commit, diff, drift check and promotion.
        .target(name: "GitOps", dependencies: ["Git", "YAML", "Manifest", "Rendering"]),
        // Argument parsing, commands, output formats and exit codes.
        .target(name: "UmctlCLI", dependencies: ["Manifest", "Rendering", "GitOps"]),
        .executableTarget(name: "umctl", dependencies: ["UmctlCLI"]),

        .target(name: "TestSupport", dependencies: ["Manifest"], path: "Tests/TestSupport"),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(name: "GitTests", dependencies: ["Git", "TestSupport"]),
        .testTarget(name: "ManifestTests", dependencies: ["Manifest", "TestSupport"]),
        .testTarget(name: "RenderingTests", dependencies: ["Rendering", "Manifest", "TestSupport"]),
        .testTarget(name: "GitOpsTests", dependencies: ["GitOps", "Git", "TestSupport"]),
        .testTarget(name: "UmctlTests", dependencies: ["UmctlCLI", "TestSupport"]),
    ]
)
