// Command briefing reads a folder of news articles and opens a navigable
// briefing of its actors, positions, key numbers and quotes in the terminal.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/charmbracelet/fang"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"briefing/briefing"
	"briefing/briefing/export"
	"briefing/seeds"
	"briefing/ui"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func main() {
	// The briefing's working set is a few times its text, most of it
	// short-lived: collecting at 50% growth instead of Go's 100% keeps peak
	// memory near 1.5x what is live, for a few percent more CPU. GOGC in
	// the environment still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
	err := fang.Execute(context.Background(), rootCmd(),
		fang.WithVersion(version), fang.WithErrorHandler(printError))
	if err != nil {
		os.Exit(1)
	}
}

// printError writes an error as one plain line: fang's default styling
// capitalises the message, which would mangle file names such as "/nope".
func printError(w io.Writer, _ fang.Styles, err error) {
	fmt.Fprintf(w, "briefing: %v\n", err)
}

func rootCmd() *cobra.Command {
	var (
		style   string
		maxSize int64
	)
	root := &cobra.Command{
		Use:   "briefing [PATH...]",
		Short: "Read a folder of news articles as a briefing: actors, positions, key numbers, quotes",
		Long: "briefing reads plain text, Markdown and HTML articles (files or folders, recursively) and opens\n" +
			"a briefing of who the actors are, what they want and say, the numbers that matter and who said\n" +
			"what, every item cited to its file and line. With no PATH it opens the built-in seed articles.\n" +
			"When standard output is not a terminal it prints the Markdown export instead.",
		Example: "  briefing\n  briefing ~/articles/idlib\n  briefing export --format json ~/articles > briefing.json",
		Args:    cobra.ArbitraryArgs, // PATHs, not subcommand names
		RunE: func(cmd *cobra.Command, args []string) error {
			if style != "" && style != "dark" && style != "light" {
				return fmt.Errorf("--style must be dark or light, not %q", style)
			}
			opt := briefing.Options{MaxSize: maxSize}
			if !term.IsTerminal(os.Stdout.Fd()) {
				return writeExport(cmd.OutOrStdout(), cmd.ErrOrStderr(), "markdown", args, opt)
			}
			return ui.Run(cmd.Context(), ui.Config{Paths: args, Seeds: seeds.FS, Load: opt, Style: style})
		},
	}
	root.Flags().StringVar(&style, "style", "", "colour style: dark or light (default: detected from the terminal)")
	root.PersistentFlags().Int64Var(&maxSize, "max-size", 20<<20, "skip files larger than this many bytes")
	root.AddCommand(exportCmd())
	return root
}

func exportCmd() *cobra.Command {
	var format, output string
	cmd := &cobra.Command{
		Use:   "export [PATH...]",
		Short: "Write the briefing as JSON or Markdown and exit",
		Example: "  briefing export --format json\n" +
			"  briefing export --format markdown -o briefing.md ~/articles",
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "json" && format != "markdown" {
				return fmt.Errorf("--format must be json or markdown, not %q", format)
			}
			maxSize, _ := cmd.Flags().GetInt64("max-size")
			opt := briefing.Options{MaxSize: maxSize}
			if output == "" || output == "-" {
				return writeExport(cmd.OutOrStdout(), cmd.ErrOrStderr(), format, args, opt)
			}
			f, err := os.Create(output)
			if err != nil {
				return err
			}
			if err := writeExport(f, cmd.ErrOrStderr(), format, args, opt); err != nil {
				f.Close()
				return err
			}
			return f.Close()
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "markdown", "json or markdown")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	return cmd
}

// writeExport builds the briefing of paths and writes it; warnings about
// skipped files go to stderr, one line each.
func writeExport(w, errw io.Writer, format string, paths []string, opt briefing.Options) error {
	floorGC()
	b, err := briefing.Open(paths, seeds.FS, opt)
	if err != nil {
		return err
	}
	for _, warn := range b.Warnings {
		fmt.Fprintf(errw, "warning: %s\n", warn)
	}
	if format == "json" {
		return export.JSON(w, &b.Briefing)
	}
	return export.Markdown(w, &b.Briefing)
}
