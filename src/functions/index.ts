/**
 * Entry of the functions bundle. The metadata plugin appends `CustomFunctions.associate(id, fn)` to each
 * input file, so importing them registers every IND function. In the shared runtime this runs in the same
 * page as the task pane, exactly once (webpack runtimeChunk "single").
 */
import "./functions";
import "./wording";
import "./extract";
