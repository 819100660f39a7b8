namespace Verification.Derivations.Tests;

/// <summary>Finds files of the repository from the test's output directory (walks up to Verification.sln).</summary>
internal static class RepositoryFiles
{
    public static string Path(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Verification.sln")))
            {
                return System.IO.Path.Combine(directory.FullName, relative);
            }
        }

        throw new DirectoryNotFoundException("Verification.sln not found above " + AppContext.BaseDirectory);
    }
}
