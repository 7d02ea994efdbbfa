/// A small deterministic generator for tests that generate inputs (SplitMix64: successive draws are
/// independent, so every combination of choices turns up among a few hundred seeds).
public struct SeededRandom {
  private var state: UInt64

  /// A generator whose draws are fixed by `seed`.
  public init(seed: Int) { state = UInt64(bitPattern: Int64(seed)) }

  /// A number in `0..<bound`.
  public mutating func next(_ bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
  }

  /// One of `choices`.
  public mutating func pick<T>(_ choices: [T]) -> T { choices[next(choices.count)] }
}
