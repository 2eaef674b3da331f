// DATA: common given names by the gender they usually signal, hand-written for whosaid. Edit as data, not logic.
/**
 * Only names that overwhelmingly belong to one gender in English-language news
 * are listed; ambiguous ones (Jordan, Taylor, Alex, Kim) are left out on
 * purpose, so a pronoun can still agree with them either way.
 */
export const MALE_FIRST_NAMES = `
edwin edmund rupert alastair alistair tomas yusuf desmond pieter anselm nikolai viktor oleg pavel piotr tomasz marek lars
sven nils bjorn henrik magnus matthias jurgen klaus dieter wolfgang helmut seamus declan liam niall ciaran
eoin cormac conor connor fergus hamish callum ewan rhys dafydd idris kwame kofi tunde femi emeka musa ibrahim
ismail khalid mahmoud mustafa tariq rashid farid hamid jamal kareem karim rodrigo sergio matteo giovanni
giuseppe luca lorenzo pietro francesco alessandro paolo vincenzo joaquin santiago mateo ignacio alvaro gonzalo
hiroshi kenji takashi arjun rahul rajesh sanjay vikram amit anil sunil deepak rohan nikhil aditya ethan lucas
felix sebastian dominic
aaron abdul abdullah abraham adam adrian ahmed alan albert alberto alejandro alexander alexei alfred ali
amir andre andrei andres andrew andy angus anthony antonio anton armando arnold arthur barack barney barry
ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brendan brett brian bruce bryan
carl carlos chad charles charlie chris christian christopher chuck clarence claude clint colin conrad craig
cory curt dale dan daniel danny darrell dave david dean dennis derek diego dick dmitry don donald doug douglas
duncan dwight earl ed eddie edgar eduardo edward elijah elliot emmanuel enrique eric erik ernest eugene evan
fernando francis francisco frank franklin fred frederick gabriel gareth gary gavin gene geoffrey george
gerald gerard gilbert glenn gordon graham greg gregory guillermo gustavo hal hank hans harold harry harvey
hassan hector henry herbert howard hugh hugo ian igor isaac ivan jack jacob jaime jake james jared jason javier
jay jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph
josh joshua juan julian justin karl keith ken kenneth kevin kirk kurt lamar lance larry lawrence lee leo leon
leonard lewis lincoln lloyd louis luis luke lyndon malcolm manuel marc marco marcus mario mark martin marvin
matt matthew maurice max michael miguel mike mikhail milton mitch mitt mohammed muhammad nathan neil nelson
newt nicholas nick nicolas nigel noah norman oliver omar oscar owen pablo patrick paul pedro pete peter phil
philip pierre rafael ralph ramon rand randy raul ray raymond reince reza ricardo richard rick rob robert roberto
rod rodney roger roland ron ronald ross roy rudolph rudy rush russell ryan salvador sam samuel scott sean
sergei sergey seth shawn sheldon simon stanley stefan stephen steve steven stuart ted terry thomas tim timothy
todd tom tommy tony travis trent troy tyler victor vince vincent vladimir wallace walter warren wayne wesley
william willie xi yuri zachary
`
  .trim()
  .split(/\s+/);

export const FEMALE_FIRST_NAMES = `
imogen beatrix ines gwendolyn helene ilse mirela lyra amara jenna freya isla niamh siobhan aoife saoirse ciara
orla bronwen rhiannon catrin ingrid astrid sigrid annika birgit heike greta petra katja natasha svetlana irina
tatiana yulia agnieszka katarzyna magdalena zofia giulia francesca chiara alessandra valentina lourdes pilar
beatriz ximena paloma sakura aiko priya anjali sunita kavita deepika aisha fatima leila yasmin zainab amina
ngozi chioma adaeze folake wanjiru charlotte chloe amelia ava lily madeline josephine kimberly annie marta
maya
abigail ada adriana agnes aileen alexandra alice alicia alison amanda amber amy ana andrea angela angelina
ann anna anne annette antonia april audrey ayanna barbara beatrice becky betsy betty beverly brenda bridget
brittany caitlin camila carla carly carmen carol caroline carolyn catherine cathy cecilia chelsea cheryl
christina christine cindy claire clara claudia colleen connie corinne courtney cynthia daisy dana daniela
danielle debbie deborah debra delia denise diana diane donna doris dorothy edith eileen elaine eleanor elena
elisabeth elizabeth ella ellen elsa emily emma erica erin esther eva evelyn fiona florence frances gabriela
gabrielle gail gina gloria grace gretchen hannah harriet heather heidi helen hillary hope huma ida ilhan
irene iris isabel isabella ivana ivanka jackie jacqueline jane janet janice jeanne jennifer jenny jessica
jill jo joan joanna joanne jodi josefina joy joyce judith judy julia julie june karen kate katherine kathleen
kathryn kathy katie kay kayleigh kellyanne kirsten kristen laura lauren leah linda lisa liz lois loretta lori
lorraine louise lucia lucy lydia lynn madeleine maggie marcia margaret maria marianne marie marilyn marina
marion marsha martha mary maureen maxine megan megyn melania melanie melissa meryl mia michelle mildred
miriam molly monica nadia nancy naomi natalia natalie nicole nikki nina nora olga olivia pam pamela patricia
paula pauline peggy penny phyllis priscilla rachel rebecca regina renee rita roberta rosa rosalind rose
ruth sally samantha sandra sara sarah sharon sheila shirley silvia sofia sonia sophia stacey stephanie
sue susan suzanne sylvia tamara tammy teresa theresa tina tracy tulsi ursula valerie vanessa vera veronica
victoria virginia vivian wendy whitney yolanda yvonne zoe
`
  .trim()
  .split(/\s+/);
