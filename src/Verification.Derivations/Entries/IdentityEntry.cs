namespace Verification.Derivations.Entries;

/// <summary>
/// A result stated as one or more identities (or <c>for</c> families) without intermediate steps,
/// for example the softmax Jacobian for each n = 2..8. Verified when every claim is proved.
/// </summary>
/// <param name="Id">Stable kebab-case identifier (see <see cref="CatalogEntry"/>).</param>
/// <param name="Family">The chapter the entry belongs to.</param>
/// <param name="Title">A short title.</param>
/// <param name="Summary">What the entry shows, in a sentence or two.</param>
/// <param name="Claims">The identities, each of which must be proved.</param>
public sealed record IdentityEntry(
    string Id,
    TheoremFamily Family,
    string Title,
    string Summary,
    ImmutableArray<CheckedClaim> Claims) : CatalogEntry(Id, Family, Title, Summary);
