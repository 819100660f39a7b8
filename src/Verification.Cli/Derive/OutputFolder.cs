using Verification.Documents;

namespace Verification.Cli.Derive;

/// <summary>
/// The folder derive writes to, compared with the generated files: which are up to date, changed,
/// missing, or stale (a document or figure that is no longer generated). Only <c>*.md</c> at the top
/// and <c>figures/*.svg</c> belong to derive; anything else in the folder is left alone.
/// </summary>
internal sealed record OutputFolder(string Root)
{
    public IReadOnlyList<(string RelativePath, FileStatus Status)> Compare(IReadOnlyList<RenderedFile> files)
    {
        var generated = files.Select(static f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var statuses = files.Select(file => (file.RelativePath, StatusOf(file))).ToList();
        statuses.AddRange(Owned().Where(path => !generated.Contains(path)).Select(static path => (path, FileStatus.Stale)));
        return statuses;
    }

    /// <summary>Writes what changed, deletes what is stale; returns how many files were touched.</summary>
    public int Synchronise(IReadOnlyList<RenderedFile> files)
    {
        var touched = 0;
        foreach (var (path, status) in Compare(files))
        {
            var full = FullPath(path);
            if (status == FileStatus.Stale)
            {
                File.Delete(full);
                touched++;
            }
            else if (status != FileStatus.UpToDate)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, files.Single(f => f.RelativePath == path).Content);
                touched++;
            }
        }

        return touched;
    }

    private FileStatus StatusOf(RenderedFile file)
    {
        var full = FullPath(file.RelativePath);
        if (!File.Exists(full))
        {
            return FileStatus.Missing;
        }

        // A checkout with CRLF line endings is not a change.
        var onDisk = File.ReadAllText(full).ReplaceLineEndings("\n");
        return string.Equals(onDisk, file.Content, StringComparison.Ordinal) ? FileStatus.UpToDate : FileStatus.Changed;
    }

    private IEnumerable<string> Owned()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        var documents = Directory.EnumerateFiles(Root, "*.md").Select(static f => Path.GetFileName(f));
        var figuresFolder = Path.Combine(Root, "figures");
        var figures = Directory.Exists(figuresFolder)
            ? Directory.EnumerateFiles(figuresFolder, "*.svg").Select(static f => $"figures/{Path.GetFileName(f)}")
            : [];
        return documents.Concat(figures).Order(StringComparer.Ordinal);
    }

    private string FullPath(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
}
