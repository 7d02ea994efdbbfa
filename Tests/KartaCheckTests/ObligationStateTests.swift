import KartaCheck
import Testing

/// `slot` is a switch for speed in the counting loops; it must stay each state's place in `allCases`,
/// which the report reads states back through.
@Suite struct ObligationStateTests {
  @Test func eachSlotIsThePlaceInAllCases() {
    #expect(ObligationState.allCases.map(\.slot) == Array(ObligationState.allCases.indices))
  }
}
