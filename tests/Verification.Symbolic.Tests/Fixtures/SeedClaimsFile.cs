using System.Runtime.CompilerServices;

namespace Verification.Symbolic.Tests.Fixtures;

/// <summary>The seed-claims fixture: the claims of the Q&amp;A threads in shared/seeds, one per line.</summary>
public static class SeedClaimsFile
{
    private static readonly Lazy<string> Contents = new(() => File.ReadAllText(FixturePath()));

    public static string Text => Contents.Value;

    /// <summary>The fixture beside this source file, or found walking up from the test binaries.</summary>
    private static string FixturePath([CallerFilePath] string source = "")
    {
        const string name = "seed-claims.txt";
        var besideSource = Path.Combine(Path.GetDirectoryName(source) ?? ".", name);
        if (File.Exists(besideSource))
        {
            return besideSource;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Verification.Symbolic.Tests", "Fixtures", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{name} not found", name);
    }
}
