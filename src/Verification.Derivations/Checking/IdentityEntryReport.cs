using Verification.Symbolic;

namespace Verification.Derivations.Checking;

/// <summary>The engine's result for every claim of an <see cref="IdentityEntry"/>, in order.</summary>
public sealed record IdentityEntryReport(IdentityEntry Identities, ImmutableArray<CheckResult> Results, TimeSpan Elapsed) : EntryReport(Elapsed)
{
    public override CatalogEntry Entry => Identities;

    public override bool Verified => Results.All(Outcomes.IsProved);
}
