using Verification.Symbolic;

namespace Verification.Derivations.Checking;

/// <summary>The engine's verdict on a claim of the seed threads.</summary>
public sealed record SeedAuditReport(SeedAuditEntry Seed, CheckResult Result, TimeSpan Elapsed) : EntryReport(Elapsed)
{
    public override CatalogEntry Entry => Seed;

    /// <summary>Settled: proved, refuted, or a <c>solve</c> answered exactly (true or false, the audit knows).</summary>
    public override bool Verified => Outcomes.IsSettled(Result);

    /// <summary>"proved", "refuted", "solved", "no solution", "unknown" or "parse failed".</summary>
    public string Verdict => Outcomes.Describe(Result);
}
