using Verification.Laws;

namespace ConsumerTests;

/// <summary>The sampling `verification audit` uses by default: 200 generated cases per law, from a fixed seed.</summary>
internal static class Sampling
{
    public static LawSampling Audit { get; } = new(Cases: 200, Seed: 1);
}
