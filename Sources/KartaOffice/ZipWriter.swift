/// Writes a ZIP package in memory: entries deflated (or stored when that is smaller), with a fixed
/// timestamp so that the same content always gives the same bytes (golden tests, reproducible
/// reports).
public struct ZipWriter: Sendable {
  private var output: [UInt8] = []
  private var directory: [UInt8] = []
  private var count = 0

  /// Creates an empty package.
  public init() {}

  /// Adds entry `name` with `bytes`.
  public mutating func add(_ name: String, _ bytes: [UInt8]) {
    let crc = Deflate.crc32(bytes)
    let deflated = bytes.isEmpty ? [] : Deflate.deflate(bytes)
    let useDeflate = !deflated.isEmpty && deflated.count < bytes.count
    let stored = useDeflate ? deflated : bytes
    let method: UInt16 = useDeflate ? 8 : 0
    let nameBytes = Array(name.utf8)
    let offset = output.count
    // Local header: version 20, UTF-8 names (flag 0x800), DOS time 00:00 on 1980-01-01.
    append32(&output, 0x0403_4B50)
    append16(&output, 20)
    append16(&output, 0x800)
    append16(&output, method)
    append16(&output, 0)
    append16(&output, 0x21)
    append32(&output, crc)
    append32(&output, UInt32(stored.count))
    append32(&output, UInt32(bytes.count))
    append16(&output, UInt16(nameBytes.count))
    append16(&output, 0)
    output += nameBytes
    output += stored
    append32(&directory, 0x0201_4B50)
    append16(&directory, 20)
    append16(&directory, 20)
    append16(&directory, 0x800)
    append16(&directory, method)
    append16(&directory, 0)
    append16(&directory, 0x21)
    append32(&directory, crc)
    append32(&directory, UInt32(stored.count))
    append32(&directory, UInt32(bytes.count))
    append16(&directory, UInt16(nameBytes.count))
    append16(&directory, 0)
    append16(&directory, 0)
    append16(&directory, 0)
    append16(&directory, 0)
    append32(&directory, 0)
    append32(&directory, UInt32(offset))
    directory += nameBytes
    count += 1
  }

  /// Adds entry `name` with the UTF-8 of `text`.
  public mutating func add(_ name: String, text: String) {
    add(name, Array(text.utf8))
  }

  /// The finished package.
  public func finish() -> [UInt8] {
    var bytes = output + directory
    append32(&bytes, 0x0605_4B50)
    append16(&bytes, 0)
    append16(&bytes, 0)
    append16(&bytes, UInt16(count))
    append16(&bytes, UInt16(count))
    append32(&bytes, UInt32(directory.count))
    append32(&bytes, UInt32(output.count))
    append16(&bytes, 0)
    return bytes
  }

  private func append16(_ bytes: inout [UInt8], _ value: UInt16) {
    bytes.append(UInt8(value & 0xFF))
    bytes.append(UInt8(value >> 8))
  }

  private func append32(_ bytes: inout [UInt8], _ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
  }
}
