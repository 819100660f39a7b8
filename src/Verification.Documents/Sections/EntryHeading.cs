namespace Verification.Documents.Sections;

/// <summary>The start of every entry's section: title (with the entry id as anchor), summary, and whether it is verified.</summary>
internal static class EntryHeading
{
    public static void Write(MarkdownWriter markdown, EntryReport report, string status)
    {
        markdown.Heading(2, report.Entry.Title, report.Entry.Id)
            .Paragraph(report.Entry.Summary)
            .Paragraph($"{(report.Verified ? "**Verified.**" : "**NOT VERIFIED.**")} {status} (catalog id {MarkdownWriter.Code(report.Entry.Id)})");
    }
}
