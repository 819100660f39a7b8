using Verification.Symbolic.Claims;

namespace Verification.Derivations.Entries;

/// <summary>
/// A chain of equalities, as a textbook writes it: Statement.Left = Steps[0] = … = Steps[^1] =
/// Statement.Right. The derivation is verified when the engine proves every adjacent pair equal;
/// a wrong step is refuted with a witness point.
/// </summary>
/// <param name="Id">Stable kebab-case identifier (see <see cref="CatalogEntry"/>).</param>
/// <param name="Family">The chapter the entry belongs to.</param>
/// <param name="Title">A short title.</param>
/// <param name="Summary">What the entry shows, in a sentence or two.</param>
/// <param name="Statement">The identity the chain establishes.</param>
/// <param name="Steps">The intermediate lines; the last one is usually Statement.Right itself.</param>
public sealed record Derivation(
    string Id,
    TheoremFamily Family,
    string Title,
    string Summary,
    IdentityClaim Statement,
    ImmutableArray<DerivationStep> Steps) : CatalogEntry(Id, Family, Title, Summary);
