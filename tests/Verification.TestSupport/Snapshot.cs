using System.Runtime.CompilerServices;

namespace Verification.TestSupport;

/// <summary>
/// Approved-file snapshots. <c>Snapshot.Match(text, "name")</c> compares the text
/// with <c>&lt;TestFile&gt;.&lt;name&gt;.approved.&lt;ext&gt;</c> beside the calling test's source file.
/// On a mismatch it writes <c>….received.&lt;ext&gt;</c> (git-ignored) and throws with a diff;
/// <c>UPDATE_SNAPSHOTS=1</c> accepts the received text instead. A missing approved file is created
/// on a developer's machine but fails in CI, so CI never accepts anything silently.
/// </summary>
public static class Snapshot
{
    /// <summary>Matches against the approved file named after the calling test file and <paramref name="name"/>.</summary>
    /// <param name="received">The text the code produced.</param>
    /// <param name="name">Distinguishes the snapshots of one test file, e.g. <c>check-json</c>.</param>
    /// <param name="extension">The approved file's extension, so editors show it well: <c>txt</c>, <c>md</c>, <c>json</c>, <c>svg</c>.</param>
    /// <param name="sourceFile">Filled in by the compiler: the calling test's source file.</param>
    public static void Match(string received, string name, string extension = "txt", [CallerFilePath] string sourceFile = "")
    {
        ArgumentNullException.ThrowIfNull(received);
        var directory = Path.GetDirectoryName(sourceFile) ?? throw new ArgumentException("no source file", nameof(sourceFile));
        var stem = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(sourceFile)}.{name}");
        Match(received, new SnapshotFiles($"{stem}.approved.{extension}", $"{stem}.received.{extension}"), SnapshotSettings.FromEnvironment());
    }

    /// <summary>The comparison itself, with explicit files and settings (what the helper's own tests drive).</summary>
    public static void Match(string received, SnapshotFiles files, SnapshotSettings settings)
    {
        ArgumentNullException.ThrowIfNull(received);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(settings);

        // Line endings are not content: a checkout with CRLF must match an approved file with LF.
        var text = Normalize(received);
        if (!File.Exists(files.Approved))
        {
            if (settings.ContinuousIntegration && !settings.Update)
            {
                File.WriteAllText(files.Received, text);
                throw new SnapshotMismatchException(
                    $"No approved snapshot {files.Approved} (CI never creates one). Received text is in {files.Received}; "
                    + "run the tests locally (or with UPDATE_SNAPSHOTS=1), review and commit the approved file.");
            }

            Accept(text, files);
            return;
        }

        var approved = Normalize(File.ReadAllText(files.Approved));
        if (string.Equals(approved, text, StringComparison.Ordinal))
        {
            File.Delete(files.Received);
            return;
        }

        if (settings.Update)
        {
            Accept(text, files);
            return;
        }

        File.WriteAllText(files.Received, text);
        throw new SnapshotMismatchException(
            $"Snapshot {Path.GetFileName(files.Approved)} differs (- approved, + received):\n{ReadableDiff.Between(approved, text)}"
            + $"Received text is in {files.Received}. If the change is intended, run with UPDATE_SNAPSHOTS=1 and commit the approved file.");
    }

    private static void Accept(string text, SnapshotFiles files)
    {
        File.WriteAllText(files.Approved, text);
        File.Delete(files.Received);
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n");
}
