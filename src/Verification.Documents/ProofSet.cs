using System.Collections.Immutable;
using Verification.Derivations;
using Verification.Derivations.Entries;
using Verification.Documents.DeriveItYourself;
using Verification.Documents.Figures;

namespace Verification.Documents;

/// <summary>
/// Everything <c>verification derive</c> writes: one Markdown document per theorem family, the
/// index <c>README.md</c>, the "derive it yourself" page, and the figures under <c>figures/</c>. Rendering is a pure function of
/// the reports: no clock, no culture, no machine-dependent ordering, so a re-run gives the same bytes.
/// </summary>
public static class ProofSet
{
    /// <summary>The files, in a fixed order (index first, then documents, the derive-it-yourself page, then figures).</summary>
    public static ImmutableArray<RenderedFile> Render(IReadOnlyList<EntryReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var sigmoidDerivative = (Derivation)Catalog.Get("sigmoid-derivative");
        var files = new List<RenderedFile> { new("README.md", IndexDocument.Render(reports)) };
        var figures = new List<Figure>();
        foreach (var family in IndexDocument.Families(reports))
        {
            var familyFigures = FigureCatalog.For(family, sigmoidDerivative);
            figures.AddRange(familyFigures);
            var familyReports = reports.Where(r => r.Entry.Family == family).ToList();
            files.Add(new RenderedFile(FamilyText.For(family).FileName, FamilyDocument.Render(family, familyReports, familyFigures, reports)));
        }

        files.Add(new RenderedFile(DeriveItYourselfDocument.FileName, DeriveItYourselfDocument.Render()));
        files.AddRange(figures.Select(static f => new RenderedFile(f.RelativePath, f.Svg)));
        return [.. files];
    }
}
