namespace Verification.Symbolic;

/// <summary>
/// Every bound on the work of the engine, in one place: past one of them a claim is answered
/// "too large: …" (a parse error or Unknown) instead of exhausting time, memory or the stack.
/// </summary>
/// <param name="MaxTerms">Largest number of term products one multiplication may form.</param>
/// <param name="MaxWork">Largest number of term operations one decision may perform.</param>
/// <param name="MaxPower">Largest integer exponent expanded or kept as a factor power.</param>
/// <param name="MaxEquivalenceClasses">Largest number of exponential classes the equivalence solver partitions (Bell-number growth).</param>
/// <param name="WitnessAttempts">Points tried when searching for a separating witness.</param>
/// <param name="MaxNodes">Most expression nodes one identity (or one instance of a family) may expand to.</param>
/// <param name="MaxFamilyNodes">
/// Most expression nodes all instances of a family may expand to together. Instances are streamed
/// (elaborated once to check them, then again one at a time as they are decided), so this bounds the
/// time of a family, not its memory: enough for every Jacobian entry of a 128-class softmax
/// (about 6.4·10⁶ nodes).
/// </param>
/// <param name="MaxRangeLength">Most values one index range <c>a..b</c> may have.</param>
/// <param name="MaxInstances">Most instances one <c>for</c> family may have (all 128² Jacobian entries fit).</param>
/// <param name="MaxExpressionHeight">Tallest expression tree a claim may produce (the walks over it use explicit stacks, the rules recursion).</param>
/// <param name="MaxIndexBits">Most bits of an integer in index arithmetic (so a range end or an exponent stays a machine integer).</param>
/// <param name="MaxIndexExponent">Largest |k| of a power b^k in index arithmetic.</param>
/// <param name="MaxWitnessPrecisionBits">
/// Highest precision (bits) a witness search raises its enclosures to: 5120 bits hold about 1,540
/// decimal digits, enough to separate sides that differ by a factor 1 + 10^−400 or after a cancellation
/// of 10^400.
/// </param>
/// <param name="MaxWitnessOperations">
/// Most enclosure operations one witness search may spend over all its points and precisions, each
/// node evaluation weighted by max(1, (bits/256)²).
/// </param>
/// <param name="MaxReciprocalChanges">
/// Most symbols an identity outside the fragment is retried with after the change of variable T = 1/τ
/// (a temperature in an exponent), each retry a full decision.
/// </param>
public sealed record EngineLimits(
    long MaxTerms = 2_000_000,
    long MaxWork = 50_000_000,
    int MaxPower = 10_000,
    int MaxEquivalenceClasses = 8,
    int WitnessAttempts = 24,
    int MaxNodes = 500_000,
    long MaxFamilyNodes = 16_000_000,
    int MaxRangeLength = 1000,
    int MaxInstances = 20_000,
    int MaxExpressionHeight = EngineLimits.DefaultMaxExpressionHeight,
    int MaxIndexBits = 62,
    int MaxIndexExponent = 64,
    int MaxWitnessPrecisionBits = 5120,
    long MaxWitnessOperations = 2_000_000,
    int MaxReciprocalChanges = 2)
{
    /// <summary>The default of <see cref="MaxExpressionHeight"/>; the syntax parser bounds chains by it before any limits are at hand.</summary>
    public const int DefaultMaxExpressionHeight = 2000;

    public static EngineLimits Default { get; } = new();
}
