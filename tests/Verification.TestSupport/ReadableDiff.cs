using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Verification.TestSupport;

/// <summary>A line diff in the unified style (<c>-</c> approved, <c>+</c> received) with a little context around each change.</summary>
public static class ReadableDiff
{
    private const int Context = 3;

    public static string Between(string approved, string received)
    {
        var lines = InlineDiffBuilder.Diff(approved, received, ignoreWhiteSpace: false).Lines;
        var changed = lines.Select(static (line, index) => (line, index))
            .Where(static entry => entry.line.Type is ChangeType.Inserted or ChangeType.Deleted)
            .Select(static entry => entry.index)
            .ToList();
        var text = new StringBuilder();
        var lastShown = -1;
        for (var index = 0; index < lines.Count; index++)
        {
            if (!changed.Any(change => Math.Abs(change - index) <= Context))
            {
                continue;
            }

            if (lastShown >= 0 && index > lastShown + 1)
            {
                text.AppendLine("  …");
            }

            var line = lines[index];
            var marker = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            text.Append(marker).Append(line.Position is { } position && line.Type != ChangeType.Deleted ? $"{position,4}: " : "      ").AppendLine(line.Text);
            lastShown = index;
        }

        return text.ToString();
    }
}
