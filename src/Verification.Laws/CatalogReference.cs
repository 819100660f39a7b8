namespace Verification.Laws;

/// <summary>
/// The entry of the derivation catalog (Verification.Derivations) that proves the identity a law checks or the
/// formula its reference computes, or the reason there is none. An id rather than a project reference keeps the
/// laws independent of the symbolic engine; tests/Verification.Derivations.Tests/LawReferences checks that every
/// named entry exists and that each extracted reference formula agrees with the entry's compiled formula.
/// </summary>
/// <param name="EntryId">The catalog id, or null when no entry applies.</param>
/// <param name="Reason">Why no entry applies; empty when <paramref name="EntryId"/> is set.</param>
public sealed record CatalogReference(string? EntryId, string Reason)
{
    /// <summary>The law rests on the catalog entry <paramref name="id"/>.</summary>
    public static CatalogReference Entry(string id) => new(id, string.Empty);

    /// <summary>No catalog entry applies, for the stated <paramref name="reason"/>.</summary>
    public static CatalogReference None(string reason) => new(null, reason);
}
