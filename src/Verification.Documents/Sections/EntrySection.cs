namespace Verification.Documents.Sections;

/// <summary>
/// How one kind of catalog entry appears in the documents: its word in the verdict tables and the
/// section that writes it. <see cref="All"/> is the one list of kinds; a new kind of entry is a row here.
/// </summary>
/// <param name="Report">The report type this row is for (every report type is sealed).</param>
/// <param name="Kind">The word for the kind in the verdict tables: "derivation", "every n".</param>
/// <param name="Write">Writes the entry's section.</param>
internal sealed record EntrySection(Type Report, string Kind, Action<MarkdownWriter, EntryReport> Write)
{
    public static IReadOnlyList<EntrySection> All { get; } =
    [
        For<DerivationReport>("derivation", DerivationSection.Write),
        For<IdentityEntryReport>("identities", IdentityEntrySection.Write),
        For<GeneralEntryReport>("every n", GeneralEntrySection.Write),
        For<EquivalenceReport>("equivalence", EquivalenceSection.Write),
        For<RefutationReport>("refutation", RefutationSection.Write),
        For<SeedAuditReport>("seed claim", SeedAuditSection.Write),
        For<TrainingEquivalenceReport>("training", TrainingSection.Write),
    ];

    /// <summary>The row for <paramref name="report"/>'s type, or null for a kind no row knows.</summary>
    public static EntrySection? Of(EntryReport report) => All.FirstOrDefault(section => section.Report == report.GetType());

    private static EntrySection For<TReport>(string kind, Action<MarkdownWriter, TReport> write)
        where TReport : EntryReport =>
        new(typeof(TReport), kind, (markdown, report) => write(markdown, (TReport)report));
}
