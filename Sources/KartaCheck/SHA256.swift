import CKartaDigest

/// SHA-256 (FIPS 180-4), so that a report names the exact inputs it was made from and anyone can
/// check them with `sha256sum`. The work is done in C (`CKartaDigest`), with the processor's SHA
/// instructions where it has them: at national scale the status files are hundreds of megabytes.
enum SHA256 {
  /// The digest of `bytes` as 64 lowercase hex digits.
  static func hex(_ bytes: UnsafeBufferPointer<UInt8>, portable: Bool = false) -> String {
    var digest = [UInt8](repeating: 0, count: 32)
    digest.withUnsafeMutableBufferPointer { output in
      guard let out = output.baseAddress else { return }
      karta_sha256_path(bytes.baseAddress ?? UnsafePointer(out), bytes.count, out, portable ? 1 : 0)
    }
    let digits = Array("0123456789abcdef")
    var text = ""
    text.reserveCapacity(64)
    for byte in digest {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0xF)])
    }
    return text
  }

  /// The digest of `bytes`.
  static func hex(_ bytes: [UInt8], portable: Bool = false) -> String {
    bytes.withUnsafeBufferPointer { hex($0, portable: portable) }
  }

  /// Whether the processor's SHA instructions do the work.
  static var usesHardware: Bool { karta_sha256_uses_hardware() != 0 }
}

extension InputDigest {
  /// SHA-256 of `bytes`, as 64 lowercase hex digits.
  public static func sha256(of bytes: [UInt8]) -> String { SHA256.hex(bytes) }
}
