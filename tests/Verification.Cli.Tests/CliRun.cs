using Verification.Cli;

namespace Verification.Cli.Tests;

/// <summary>What one in-process run of <c>verification</c> gave.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs the whole program (<see cref="VerificationApp.Run"/>) with redirected writers, as CI would see it.</summary>
    public static CliRun Of(params string[] args) => WithInput(string.Empty, args);

    /// <summary>As <see cref="Of"/>, with <paramref name="standardInput"/> as the text on standard input.</summary>
    public static CliRun WithInput(string standardInput, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(standardInput);
        var exitCode = VerificationApp.Run(args, Terminal.Redirected(output, error) with { In = input });
        return new CliRun(exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>A file copied beside the tests (<c>Fixtures/</c>).</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
