using Verification.Laws;

namespace Verification.Cli.Audit;

/// <summary>What an audit checks: every law on generated cases, or one law on the one case a replay token names.</summary>
internal abstract record AuditSelection
{
    private AuditSelection()
    {
    }

    /// <summary><paramref name="Laws"/> (the catalog, or a results file's laws) on the cases <paramref name="Sampling"/> draws.</summary>
    public sealed record EveryLaw(IReadOnlyList<ILaw> Laws, LawSampling Sampling) : AuditSelection;

    /// <summary>The law and case <paramref name="Replay"/> names.</summary>
    public sealed record OneCase(CaseReplay Replay) : AuditSelection;
}
