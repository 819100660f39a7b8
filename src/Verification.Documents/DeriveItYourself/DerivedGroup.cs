namespace Verification.Documents.DeriveItYourself;

/// <summary>A section of the page: a heading, a sentence on what it shows, its expressions.</summary>
public sealed record DerivedGroup(string Heading, string Introduction, IReadOnlyList<DerivedItem> Items);
