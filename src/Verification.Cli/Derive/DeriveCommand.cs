using System.CommandLine;
using Verification.Derivations;
using Verification.Derivations.Checking;
using Verification.Documents;

namespace Verification.Cli.Derive;

/// <summary>
/// <c>verification derive [--out proofs] [--check]</c>: verifies every catalog entry with the engine
/// and writes one Markdown document per theorem family, the index and the figures; with
/// <c>--check</c> writes nothing and fails when a document would change.
/// </summary>
internal static class DeriveCommand
{
    public static Command Create(Terminal terminal)
    {
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "The folder to write the documents to.",
            DefaultValueFactory = static _ => new DirectoryInfo("proofs"),
        };
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing; exit 1 and list the files when any document would change (what CI runs).",
        };
        var command = new Command("derive", "Verify every derivation of the catalog and write the documents: one Markdown file per theorem family, README.md (the index) and figures/*.svg.")
        {
            output,
            check,
        };
        command.SetAction(parsed => (int)Run(terminal, parsed.GetValue(output)!, parsed.GetValue(check)));
        return command;
    }

    private static ExitCode Run(Terminal terminal, DirectoryInfo output, bool check)
    {
        var entries = Catalog.All;
        var reports = ProgressReporter.Run(terminal, "derive", entries.Length, progress =>
            entries.Select(entry =>
            {
                progress(entry.Id);
                return CatalogVerifier.Verify(entry);
            }).ToList());
        var files = ProofSet.Render(reports);
        var folder = new OutputFolder(output.FullName);
        var unverified = reports.Where(static r => !r.Verified).ToList();
        foreach (var report in unverified)
        {
            terminal.Error.WriteLine($"not verified: {report.Entry.Id} ({report.Entry.Title})");
        }

        var verdict = $"{reports.Count - unverified.Count} of {reports.Count} results verified";
        if (check)
        {
            var differences = folder.Compare(files).Where(static f => f.Status != FileStatus.UpToDate).ToList();
            foreach (var (path, status) in differences)
            {
                terminal.Out.WriteLine($"{StatusWord(status)}: {Path.Combine(output.Name, path)}");
            }

            terminal.Out.WriteLine(differences.Count == 0
                ? $"{verdict}; the {files.Length} files in {output.Name} are up to date"
                : $"{verdict}; {differences.Count} of the files in {output.Name} are out of date: run 'verification derive' and commit them");
            return differences.Count > 0 || unverified.Count > 0 ? ExitCode.Failure : ExitCode.Success;
        }

        var touched = folder.Synchronise(files);
        terminal.Out.WriteLine($"{verdict}; wrote {files.Length} files to {output.FullName} ({touched} changed)");
        return unverified.Count > 0 ? ExitCode.Failure : ExitCode.Success;
    }

    private static string StatusWord(FileStatus status) => status switch
    {
        FileStatus.Changed => "would change",
        FileStatus.Missing => "missing",
        FileStatus.Stale => "stale (no longer generated)",
        _ => "up to date",
    };
}
