// Ribbon commands. The "Kiểm tra nhanh" button in manifest.xml is a ShowTaskpane action, which
// Excel handles without any code; this file is the FunctionFile (commands.html) the manifest
// names, and registers "showTaskpane" so a function-command button (or a shared runtime later)
// can open the same pane through Office.addin.showAsTaskpane.

/** The parts of the Office global this file uses. */
interface CommandsOffice {
  onReady: typeof Office.onReady;
  addin: Pick<typeof Office.addin, 'showAsTaskpane'>;
  actions: Pick<typeof Office.actions, 'associate'>;
}

/** Opens (or brings forward) the task pane; always tells Excel the command is done. */
export async function showTaskpane(office: CommandsOffice, event?: Pick<Office.AddinCommands.Event, 'completed'>): Promise<void> {
  try {
    await office.addin.showAsTaskpane();
  } finally {
    // Without completed() Excel keeps the button busy; call it even if the pane could not open.
    event?.completed();
  }
}

const office = (globalThis as { Office?: CommandsOffice }).Office;
if (office) {
  void office.onReady(() => {
    office.actions.associate('showTaskpane', (event?: Office.AddinCommands.Event) => {
      void showTaskpane(office, event);
    });
  });
}
