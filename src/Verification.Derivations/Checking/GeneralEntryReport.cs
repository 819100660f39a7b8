using Verification.Symbolic;
using Verification.Symbolic.Decision;

namespace Verification.Derivations.Checking;

/// <summary>The engine's decision on a <see cref="GeneralEntry"/>, with its argument (cases, rest sums, instances).</summary>
public sealed record GeneralEntryReport(GeneralEntry General, GeneralChecked Result, TimeSpan Elapsed) : EntryReport(Elapsed)
{
    public override CatalogEntry Entry => General;

    /// <summary>Proved for every n; a refutation or an unknown leaves the theorem unverified.</summary>
    public override bool Verified => Result.Decision.Verdict is Proved;
}
