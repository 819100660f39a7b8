namespace Verification.Cli.Audit;

/// <summary>Prints an audit in the format asked for; the requirements' violations go to stderr whatever the format.</summary>
internal static class AuditReportWriter
{
    /// <summary>Writes <paramref name="report"/> and returns the exit code (<see cref="AuditRequirements.ExitCodeOf"/>).</summary>
    public static ExitCode Write(Terminal terminal, AuditReport report, AuditFormat format, AuditRequirements requirements)
    {
        var violations = requirements.Violations(report);
        var exitCode = requirements.ExitCodeOf(report);
        switch (format)
        {
            case AuditFormat.Markdown:
                AuditMarkdownWriter.Write(terminal.Out, report);
                break;
            case AuditFormat.Json:
                AuditJsonWriter.Write(terminal.Out, report, violations, exitCode);
                break;
            case AuditFormat.Junit:
                AuditJUnitWriter.Write(terminal.Out, report, requirements);
                break;
            default:
                ConformanceTableWriter.Write(terminal, report);
                break;
        }

        foreach (var violation in violations)
        {
            terminal.Error.WriteLine($"error: {violation}");
        }

        return exitCode;
    }
}
