/// A read-only map from UTF-8 keys to numbers, looked up by the bytes of a status file without
/// building a String: a national check matches eleven million item ids.
struct ByteKeyTable: Sendable {
  /// Every key's bytes, one after another.
  private let keyBytes: [UInt8]
  /// Where each key starts in `keyBytes`; one more than the keys, so key `k` ends where `k + 1` starts.
  private let keyStarts: [Int32]
  /// The value of each key.
  private let values: [Int32]
  /// Open addressing: a key's number plus one, or 0 for an empty slot.
  private let slots: [Int32]
  private let mask: Int

  /// A table of `pairs`; of two pairs with one key, the first is kept.
  init(_ pairs: [(key: String, value: Int)]) {
    var bytes: [UInt8] = []
    var starts: [Int32] = [0]
    var values: [Int32] = []
    var capacity = 16
    while capacity < pairs.count * 2 { capacity *= 2 }
    var slots = [Int32](repeating: 0, count: capacity)
    let mask = capacity - 1
    for (key, value) in pairs {
      let utf8 = Array(key.utf8)
      let found = utf8.withUnsafeBufferPointer { candidate in
        Self.find(candidate, bytes: bytes, starts: starts, slots: slots, mask: mask)
      }
      guard case .vacant(let slot) = found else { continue }
      bytes += utf8
      values.append(Int32(value))
      starts.append(Int32(bytes.count))
      slots[slot] = Int32(values.count)
    }
    self.keyBytes = bytes
    self.keyStarts = starts
    self.values = values
    self.slots = slots
    self.mask = mask
  }

  private enum Search {
    case found(Int)
    case vacant(Int)
  }

  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    // FNV-1a, 64 bits.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }

  private static func find(
    _ key: UnsafeBufferPointer<UInt8>, bytes: [UInt8], starts: [Int32], slots: [Int32], mask: Int
  ) -> Search {
    var slot = hash(key) & mask
    while true {
      let entry = Int(slots[slot])
      if entry == 0 { return .vacant(slot) }
      let start = Int(starts[entry - 1])
      let end = Int(starts[entry])
      if end - start == key.count, key.indices.allSatisfy({ bytes[start + $0] == key[$0] }) {
        return .found(entry - 1)
      }
      slot = (slot + 1) & mask
    }
  }

  /// The value of the key spelt by `key`, or `nil`.
  func value(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
    keyBytes.withUnsafeBufferPointer { bytes in
      keyStarts.withUnsafeBufferPointer { starts in
        slots.withUnsafeBufferPointer { slots in
          var slot = Self.hash(key) & mask
          while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            let start = Int(starts[entry - 1])
            if Int(starts[entry]) - start == key.count {
              var same = true
              for offset in 0..<key.count where bytes[start + offset] != key[offset] {
                same = false
                break
              }
              if same { return Int(values[entry - 1]) }
            }
            slot = (slot + 1) & mask
          }
        }
      }
    }
  }
}
