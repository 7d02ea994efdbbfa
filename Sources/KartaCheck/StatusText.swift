import KartaLanguage

/// What a status file's bytes give beyond its records, taken while they are in memory so that no
/// file is read twice: the places of records (for conflicts between files) and the lines its
/// diagnostics quote. A file read again could have changed since it was checked.
enum StatusText {
  /// Gives each entry the line and column of its record, in one pass: entries are in file order.
  /// Positions are those of `ReadingContext.location`: lines end at LF, CR LF or a lone CR;
  /// columns count Unicode scalars; a byte-order mark (`base` 3) is not a column.
  static func place(_ entries: inout [FileReading.Entry], in bytes: UnsafeBufferPointer<UInt8>, base: Int) {
    var line: Int32 = 1
    var column: Int32 = 1
    var scanned = 0
    let count = bytes.count
    for index in entries.indices {
      let offset = min(Int(entries[index].record.offset), count)
      if offset < scanned {
        // Not in file order (never expected): placed from the start.
        (line, column, scanned) = (1, 1, 0)
      }
      while scanned < offset {
        // Eight ASCII bytes at a time, line feeds counted in them (no carriage return).
        if scanned + 8 <= offset {
          let word = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + scanned).loadUnaligned(as: UInt64.self)
          if word & 0x8080_8080_8080_8080 == 0, ByteWord.matches(0x0D, word) == 0 {
            let feeds = ByteWord.matches(0x0A, word)
            if feeds == 0 {
              column += 8
            } else {
              line += Int32(feeds.nonzeroBitCount)
              // Bytes after the last line feed of the word (little-endian: byte i is bits 8i...).
              let last = (63 - feeds.leadingZeroBitCount) / 8
              column = Int32(8 - last)
            }
            scanned += 8
            continue
          }
        }
        let byte = bytes[scanned]
        if byte == 0x0A || (byte == 0x0D && (scanned + 1 >= count || bytes[scanned + 1] != 0x0A)) {
          line += 1
          column = 1
        } else if byte & 0xC0 != 0x80 {
          column += 1
        }
        scanned += 1
      }
      var placed = column
      if line == 1, base > 0, placed > 1 { placed -= 1 }
      entries[index].record.line = line
      entries[index].record.column = placed
    }
  }

  /// Gives each entry the column of its record, when its line is already set (a JSON file's
  /// tape counts lines as it reads): a record on the line of the one before is counted on from
  /// it, one on a new line back to its line's start. Every byte is looked at once at most, and
  /// usually only the indentation of each line.
  static func placeColumns(_ entries: inout [FileReading.Entry], in bytes: UnsafeBufferPointer<UInt8>, base: Int) {
    var previous = (line: Int32(0), offset: 0, column: Int32(0))
    let count = bytes.count
    for index in entries.indices {
      let record = entries[index].record
      let offset = min(Int(record.offset), count)
      var column: Int32
      if record.line == previous.line, offset >= previous.offset {
        column = previous.column
        for byte in UnsafeBufferPointer(rebasing: bytes[previous.offset..<offset]) where byte & 0xC0 != 0x80 {
          column += 1
        }
      } else {
        column = 1
        var scan = offset
        while scan > 0, bytes[scan - 1] != 0x0A, bytes[scan - 1] != 0x0D {
          scan -= 1
          if bytes[scan] & 0xC0 != 0x80 { column += 1 }
        }
      }
      previous = (record.line, offset, column)
      // A byte-order mark is not a column.
      entries[index].record.column = record.line == 1 && base > 0 && column > 1 ? column - 1 : column
    }
  }

  /// Whether a diagnostic may quote the file's lines: it is text `SourceFile.decode` would take
  /// (UTF-8 already checked, no size over its limit, no control character, not only white space),
  /// as when diagnostics were quoted from the file read again.
  static func isQuotable(_ bytes: UnsafeBufferPointer<UInt8>, body start: Int) -> Bool {
    guard bytes.count <= SourceFile.maximumSize else { return false }
    var visible = false
    var index = start
    let count = bytes.count
    while index < count {
      // Eight bytes at a time while none is a control character (a line end is checked alone).
      if visible, index + 8 <= count {
        let word = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + index).loadUnaligned(as: UInt64.self)
        let low = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
        if low == 0, ByteWord.matches(0x7F, word) == 0 {
          index += 8
          continue
        }
      }
      let byte = bytes[index]
      index += 1
      if byte < 0x20 {
        guard byte == 0x09 || byte == 0x0A || byte == 0x0D else { return false }
      } else if byte == 0x7F {
        return false
      } else if byte > 0x20, byte < 0x7F {
        visible = true
      }
    }
    guard !visible else { return true }
    return !String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self).allSatisfy(\.isWhitespace)
  }

  /// The lines of the body (after `start`) numbered `numbers`, split as `SourceFile` splits them,
  /// without their line ends; a number past the end gives an empty line.
  static func lines(_ numbers: Set<Int>, of bytes: UnsafeBufferPointer<UInt8>, body start: Int) -> [Int: String] {
    guard let last = numbers.max(), last >= 1 else { return [:] }
    var found: [Int: String] = [:]
    var line = 1
    var lineStart = start
    var index = start
    let count = bytes.count
    func take(_ end: Int) {
      if numbers.contains(line) {
        found[line] = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self)
      }
    }
    while index < count, line <= last {
      if index + 8 <= count {
        let word = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + index).loadUnaligned(as: UInt64.self)
        if ByteWord.matches(0x0A, word) == 0, ByteWord.matches(0x0D, word) == 0 {
          index += 8
          continue
        }
      }
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        take(index)
        index += byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
        line += 1
        lineStart = index
        continue
      }
      index += 1
    }
    if line <= last, lineStart < count { take(count) }
    // A place past the last line quotes an empty one, as `SourceFile.line` gives.
    for number in numbers where found[number] == nil { found[number] = "" }
    return found
  }
}
