import Testing

@testable import GitOps

@Suite struct SecretScannerTests {
    @Test(arguments: [
        ("key: |\n  -----BEGIN OPENSSH PRIVATE KEY-----\n", "a PEM private key"),
        ("aws: AKIAIOSFODNN7EXAMPLE", "an AWS access key ID"),
        ("token: ghp_0123456789abcdefghijABCDEFGHIJ0123456789", "a GitHub token"),
        ("client_secret: 8f3Kq9ZxT2mWv7LpR4sYbN6cJ1dHgE0u", "random-looking value"),
        (#""password": "Xy7#kP2q!Lm9@Rt4$Vw8&Zb3""#, "random-looking value"),
    ])
    func findsKeyMaterial(_ text: String, _ reason: String) {
        let findings = SecretScanner.scan(text, file: "f")
        #expect(findings.count == 1)
        #expect(findings.first?.reason.contains(reason) == true)
    }

    @Test(arguments: [
        #""secret": "${SYNAPSE_OIDC_CLIENT_SECRET}""#,
        "client_secret_path: /secrets/oidc/client-secret",
        "secretName: synapse-secrets",
        "password_policy: length(14) and notUsername and notEmail",
        "umctl/config-sha256: 9f2c5a0c3d1e4b7a8f6e5d4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a29180",
        "token_lifetime: 24h",
    ])
    func ignoresReferencesAndSettings(_ text: String) {
        #expect(SecretScanner.scan(text, file: "f") == [])
    }

    @Test func reportsLineNumber() {
        let findings = SecretScanner.scan("a: 1\nb: 2\nkey: -----BEGIN EC PRIVATE KEY-----\n", file: "rendered/beta/x.yaml")
        #expect(findings.map(\.description) == ["rendered/beta/x.yaml:3: looks like a PEM private key"])
    }
}
