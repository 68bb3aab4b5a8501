#if canImport(Glibc)
    import Glibc
#endif

/// Swaps two paths in one step with Linux's `renameat2(RENAME_EXCHANGE)`.
enum AtomicExchange {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// True when the kernel swapped the two paths; false where the call or the file system does not support it.
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
            // Glibc declares renameat2 only under _GNU_SOURCE, which Swift's Glibc module does not set,
            // so the symbol is looked up at run time (glibc 2.28 and later have it).
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE in <linux/fs.h>
            return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
        #else
            return false
        #endif
    }
}
