namespace Verification.Symbolic.Canonical;

/// <summary>Bounds on the work of one decision; past them the engine answers Unknown("too large: …").</summary>
/// <param name="MaxTerms">Largest number of term products one multiplication may form.</param>
/// <param name="MaxWork">Largest number of term operations one decision may perform.</param>
/// <param name="MaxPower">Largest integer exponent expanded or kept as a factor power.</param>
/// <param name="MaxEquivalenceClasses">Largest number of exponential classes the equivalence solver partitions (Bell-number growth).</param>
/// <param name="WitnessAttempts">Points tried when searching for a separating witness.</param>
public sealed record EngineLimits(
    long MaxTerms = 2_000_000,
    long MaxWork = 50_000_000,
    int MaxPower = 10_000,
    int MaxEquivalenceClasses = 8,
    int WitnessAttempts = 24)
{
    public static EngineLimits Default { get; } = new();
}
