import CZlib

/// zlib's raw DEFLATE and CRC-32, the two things a ZIP package needs, with output bounded by the
/// caller so that a small entry can never inflate into unbounded memory.
enum Deflate {
  /// The CRC-32 of `bytes`, as ZIP stores it.
  static func crc32(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBufferPointer { buffer in
      UInt32(CZlib.crc32(0, buffer.baseAddress, uInt(buffer.count)))
    }
  }

  /// Inflates raw DEFLATE data that must come to exactly `expectedSize` bytes; more or less is an
  /// error, and inflating stops as soon as the output would pass `expectedSize`.
  static func inflate(_ input: ArraySlice<UInt8>, expectedSize: Int, part: String) throws -> [UInt8] {
    var stream = z_stream()
    guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw OfficeError(.damaged, part: part, "the compressed data cannot be opened")
    }
    defer { inflateEnd(&stream) }
    var output = [UInt8](repeating: 0, count: expectedSize + 1)
    var input = Array(input)
    let status: Int32 = input.withUnsafeMutableBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        stream.next_in = source.baseAddress
        stream.avail_in = uInt(source.count)
        stream.next_out = target.baseAddress
        stream.avail_out = uInt(target.count)
        return CZlib.inflate(&stream, Z_FINISH)
      }
    }
    let produced = Int(stream.total_out)
    if produced > expectedSize {
      throw OfficeError(
        .damaged, part: part, "the entry inflates to more than the \(expectedSize) bytes its header declares")
    }
    guard status == Z_STREAM_END, produced == expectedSize else {
      throw OfficeError(.damaged, part: part, "the compressed data is damaged or truncated")
    }
    output.removeLast()
    return output
  }

  /// Compresses `bytes` as raw DEFLATE at zlib's default level.
  static func deflate(_ bytes: [UInt8]) -> [UInt8] {
    var stream = z_stream()
    guard
      deflateInit2_(
        &stream, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        == Z_OK
    else { return [] }
    defer { deflateEnd(&stream) }
    var input = bytes
    var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 16)
    let status: Int32 = input.withUnsafeMutableBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        stream.next_in = source.baseAddress
        stream.avail_in = uInt(source.count)
        stream.next_out = target.baseAddress
        stream.avail_out = uInt(target.count)
        return CZlib.deflate(&stream, Z_FINISH)
      }
    }
    guard status == Z_STREAM_END else { return [] }
    output.removeSubrange(Int(stream.total_out)...)
    return output
  }
}
