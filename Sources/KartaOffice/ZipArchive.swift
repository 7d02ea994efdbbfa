/// The limits a package must keep before Karta inflates anything, so that a hostile file (a ZIP
/// bomb, millions of entries) is refused in bounded time and memory.
public struct ZipLimits: Sendable {
  /// The most entries a package may list.
  public var maximumEntries: Int
  /// The most bytes one entry may inflate to.
  public var maximumEntrySize: Int
  /// The most bytes all entries together may inflate to.
  public var maximumTotalSize: Int
  /// The highest compression ratio (inflated ÷ compressed) of an entry larger than 1 MiB.
  public var maximumRatio: Int

  /// Limits far above any real roadmap, form or report.
  public static let standard = ZipLimits(
    maximumEntries: 2_000, maximumEntrySize: 64 << 20, maximumTotalSize: 256 << 20, maximumRatio: 200)

  /// Creates limits.
  public init(maximumEntries: Int, maximumEntrySize: Int, maximumTotalSize: Int, maximumRatio: Int) {
    self.maximumEntries = maximumEntries
    self.maximumEntrySize = maximumEntrySize
    self.maximumTotalSize = maximumTotalSize
    self.maximumRatio = maximumRatio
  }
}

/// A ZIP package read from memory: its central directory is checked against the limits when it is
/// opened, and an entry is inflated only when asked for, into at most its declared size.
public struct ZipArchive: Sendable {
  /// One entry of the central directory.
  public struct Entry: Sendable {
    /// The entry's path inside the package, with `/` separators.
    public var name: String
    /// 0 stored, 8 deflated.
    var method: UInt16
    var compressedSize: Int
    /// The size the entry inflates to.
    public var size: Int
    var crc: UInt32
    var localHeaderOffset: Int
  }

  /// The entries, in the order of the central directory.
  public private(set) var entries: [Entry] = []
  private let bytes: [UInt8]
  private var index: [String: Int] = [:]

  /// Opens the package in `bytes`, checking its directory against `limits`.
  public init(bytes: [UInt8], limits: ZipLimits = .standard) throws {
    self.bytes = bytes
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      throw OfficeError(
        .encrypted,
        "this is a password-protected Office file or an old binary .doc/.xls; remove the password or save it "
          + "as .docx/.xlsx")
    }
    guard bytes.count >= 22, bytes.starts(with: [0x50, 0x4B]) else {
      throw OfficeError(.notAPackage, "not an Office Open XML file (.docx/.xlsx are ZIP packages)")
    }
    let end = try Self.endOfCentralDirectory(bytes)
    let count = Int(read16(end + 10))
    let directorySize = Int(read32(end + 12))
    let directoryOffset = Int(read32(end + 16))
    if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF {
      throw OfficeError(.unsupported, "the package uses ZIP64, which Office documents of this size never need")
    }
    guard count <= limits.maximumEntries else {
      throw OfficeError(.tooLarge, "the package lists \(count) entries; at most \(limits.maximumEntries) are read")
    }
    guard directoryOffset + directorySize <= end else {
      throw OfficeError(.damaged, "the package's directory lies outside the file")
    }
    var offset = directoryOffset
    var total = 0
    for _ in 0..<count {
      guard offset + 46 <= end, read32(offset) == 0x0201_4B50 else {
        throw OfficeError(.damaged, "the package's directory is damaged")
      }
      let flags = read16(offset + 8)
      let method = read16(offset + 10)
      let crc = read32(offset + 16)
      let compressed = Int(read32(offset + 20))
      let size = Int(read32(offset + 24))
      let nameLength = Int(read16(offset + 28))
      let extraLength = Int(read16(offset + 30))
      let commentLength = Int(read16(offset + 32))
      let local = Int(read32(offset + 42))
      guard offset + 46 + nameLength <= end else { throw OfficeError(.damaged, "the package's directory is damaged") }
      let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
      offset += 46 + nameLength + extraLength + commentLength
      try Self.checkPath(name)
      if flags & 1 != 0 {
        throw OfficeError(.encrypted, part: name, "the entry is encrypted; save the file without a password")
      }
      guard method == 0 || method == 8 else {
        throw OfficeError(
          .unsupported, part: name, "compression method \(method) is not read (only stored and deflated)")
      }
      guard size <= limits.maximumEntrySize else {
        throw OfficeError(
          .tooLarge, part: name, "the entry inflates to \(size) bytes; at most \(limits.maximumEntrySize) are read")
      }
      if size > 1 << 20, size / max(compressed, 1) > limits.maximumRatio {
        throw OfficeError(
          .tooLarge, part: name,
          "the entry is compressed \(size / max(compressed, 1)) to 1, which only a ZIP bomb does; it is not inflated")
      }
      total += size
      guard total <= limits.maximumTotalSize else {
        throw OfficeError(
          .tooLarge,
          "the entries inflate to more than \(limits.maximumTotalSize) bytes together; the package is not read")
      }
      if index[name] != nil { throw OfficeError(.damaged, part: name, "the entry is listed twice") }
      index[name] = entries.count
      entries.append(
        Entry(name: name, method: method, compressedSize: compressed, size: size, crc: crc, localHeaderOffset: local))
    }
  }

  /// Whether the package has an entry `name`.
  public func contains(_ name: String) -> Bool { index[name] != nil }

  /// The inflated bytes of entry `name`, checked against its CRC-32.
  public func data(_ name: String) throws -> [UInt8] {
    guard let position = index[name] else {
      throw OfficeError(.missingPart, part: name, "the package has no such part")
    }
    let entry = entries[position]
    let local = entry.localHeaderOffset
    guard local + 30 <= bytes.count, read32(local) == 0x0403_4B50 else {
      throw OfficeError(.damaged, part: name, "the entry's header is missing")
    }
    let start = local + 30 + Int(read16(local + 26)) + Int(read16(local + 28))
    guard start + entry.compressedSize <= bytes.count else {
      throw OfficeError(.damaged, part: name, "the entry is truncated")
    }
    let raw = bytes[start..<(start + entry.compressedSize)]
    let output: [UInt8]
    if entry.method == 0 {
      guard entry.compressedSize == entry.size else {
        throw OfficeError(.damaged, part: name, "a stored entry's sizes disagree")
      }
      output = Array(raw)
    } else {
      output = try Deflate.inflate(raw, expectedSize: entry.size, part: name)
    }
    guard Deflate.crc32(output) == entry.crc else {
      throw OfficeError(.damaged, part: name, "the entry's checksum does not match; the file is damaged")
    }
    return output
  }

  /// Refuses names that would leave the package's folder if it were ever unpacked.
  static func checkPath(_ name: String) throws {
    let parts = name.split(separator: "/", omittingEmptySubsequences: false)
    if name.isEmpty || name.hasPrefix("/") || name.contains("\\") || name.contains("\0")
      || parts.contains("..") || (name.count >= 2 && name.dropFirst().first == ":")
    {
      throw OfficeError(.unsafePath, part: name, "the entry's path leaves the package; the file is refused")
    }
  }

  private static func endOfCentralDirectory(_ bytes: [UInt8]) throws -> Int {
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    var position = bytes.count - 22
    while position >= lowest {
      if bytes[position] == 0x50, bytes[position + 1] == 0x4B, bytes[position + 2] == 5, bytes[position + 3] == 6 {
        return position
      }
      position -= 1
    }
    throw OfficeError(.notAPackage, "the ZIP directory is missing; the file is truncated or not a .docx/.xlsx")
  }

  private func read16(_ offset: Int) -> UInt16 {
    UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
  }

  private func read32(_ offset: Int) -> UInt32 {
    UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
      | UInt32(bytes[offset + 3]) << 24
  }
}
