namespace Verification.Derivations.Entries;

/// <summary>
/// One checked result of the catalog. Entries hold only what an author writes (claims, steps,
/// questions); every verdict and every solver answer is computed by <see cref="Checking.CatalogVerifier"/>.
/// </summary>
/// <param name="Id">Stable kebab-case identifier (documents link to it).</param>
/// <param name="Family">The chapter the entry belongs to.</param>
/// <param name="Title">A short title.</param>
/// <param name="Summary">One or two sentences a student can follow: what the entry shows and why it matters.</param>
public abstract record CatalogEntry(string Id, TheoremFamily Family, string Title, string Summary);
