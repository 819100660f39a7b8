namespace Verification.Derivations.Checking;

/// <summary>What checking one <see cref="CatalogEntry"/> gave, with the time it took.</summary>
public abstract record EntryReport(TimeSpan Elapsed)
{
    /// <summary>The entry checked.</summary>
    public abstract CatalogEntry Entry { get; }

    /// <summary>True when the entry is established as it claims (see each entry kind for what that means).</summary>
    public abstract bool Verified { get; }
}
