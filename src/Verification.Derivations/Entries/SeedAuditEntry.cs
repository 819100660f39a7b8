namespace Verification.Derivations.Entries;

/// <summary>
/// A mathematical claim from one of the seed Q&amp;A threads, written as posted (right or wrong),
/// with its source. Verified when the engine settles it: proved, refuted, or a <c>solve</c> answered.
/// </summary>
/// <param name="Id">Stable kebab-case identifier (see <see cref="CatalogEntry"/>).</param>
/// <param name="Family">The chapter the entry belongs to.</param>
/// <param name="Title">A short title.</param>
/// <param name="Summary">What the entry shows, in a sentence or two.</param>
/// <param name="SourceFile">The seed file name, e.g. <c>001_7d660d61d9f405ac.txt</c>.</param>
/// <param name="Quote">What the post says, quoted.</param>
/// <param name="Claim">The claim as written in the claim language.</param>
public sealed record SeedAuditEntry(
    string Id,
    TheoremFamily Family,
    string Title,
    string Summary,
    string SourceFile,
    string Quote,
    CheckedClaim Claim) : CatalogEntry(Id, Family, Title, Summary);
