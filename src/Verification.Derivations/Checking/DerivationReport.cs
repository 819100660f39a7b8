namespace Verification.Derivations.Checking;

/// <summary>The verdict on every link of a <see cref="Derivation"/>.</summary>
public sealed record DerivationReport(Derivation Derivation, ImmutableArray<LinkCheck> Links, TimeSpan Elapsed) : EntryReport(Elapsed)
{
    public override CatalogEntry Entry => Derivation;

    public override bool Verified => Links.All(link => link.IsProved);

    /// <summary>The first link the engine did not prove (its verdict carries the witness), or null.</summary>
    public LinkCheck? FirstFailure => Links.FirstOrDefault(link => !link.IsProved);
}
